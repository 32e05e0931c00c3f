// Generated from the folders of src/reports by scripts/build-data.mjs. Do not edit.
import type { Report } from '../schema/report.js';
import { report as aze_2017 } from './aze-2017/report.generated.js';
import { report as aze_2018 } from './aze-2018/report.generated.js';
import { report as aze_2019 } from './aze-2019/report.generated.js';
import { report as aze_2020 } from './aze-2020/report.generated.js';
import { report as aze_2021 } from './aze-2021/report.generated.js';
import { report as aze_2022 } from './aze-2022/report.generated.js';

/** Every report the package ships: by country, oldest edition first. */
export const shippedReports: readonly Report[] = [aze_2017, aze_2018, aze_2019, aze_2020, aze_2021, aze_2022];
