import { configure } from '@solidjs/testing-library';

// waitFor and findBy* end as soon as their condition holds; the limit only decides how long a
// failing wait takes to say so. Testing Library's default of 1 s is shorter than a render takes
// on a loaded 2-core machine (turbo runs the packages' suites side by side), which made
// "expected null not to be null" failures of elements that were still coming.
configure({ asyncUtilTimeout: 20_000 });
