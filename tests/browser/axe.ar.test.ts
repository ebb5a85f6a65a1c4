import { axeSuite } from './axe-suite.ts';

// axe-core over every main page with the interface in Arabic (see axe-suite.ts).
axeSuite('ar');
