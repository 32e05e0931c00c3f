// Inside workerd: the replays hold to the middleware answers in the Workers runtime too.
import { precomputedAnswersSuite } from './precomputed-answers-suite.js';

precomputedAnswersSuite('workerd');
