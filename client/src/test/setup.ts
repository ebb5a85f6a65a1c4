import { configure } from '@testing-library/dom';

/**
 * waitFor and findBy* wait on a condition; testing-library gives up after
 * 1 s by default, which a debounced preview plus its mapping can exceed
 * when the suite shares two cores with browser tests (it did, in CI-like
 * runs). A test that promises a time passes its own timeout.
 */
configure({ asyncUtilTimeout: 5000 });
