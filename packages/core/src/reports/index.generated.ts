// Generated from the folders of src/reports by scripts/build-data.mjs. Do not edit.
import type { Report } from '../schema/report.js';
import { report as arm_2017 } from './arm-2017/report.generated.js';
import { report as arm_2018 } from './arm-2018/report.generated.js';
import { report as arm_2019 } from './arm-2019/report.generated.js';
import { report as arm_2020 } from './arm-2020/report.generated.js';
import { report as arm_2021 } from './arm-2021/report.generated.js';
import { report as arm_2022 } from './arm-2022/report.generated.js';
import { report as aze_2017 } from './aze-2017/report.generated.js';
import { report as aze_2018 } from './aze-2018/report.generated.js';
import { report as aze_2019 } from './aze-2019/report.generated.js';
import { report as aze_2020 } from './aze-2020/report.generated.js';
import { report as aze_2021 } from './aze-2021/report.generated.js';
import { report as aze_2022 } from './aze-2022/report.generated.js';
import { report as geo_2017 } from './geo-2017/report.generated.js';
import { report as geo_2018 } from './geo-2018/report.generated.js';
import { report as geo_2019 } from './geo-2019/report.generated.js';
import { report as geo_2020 } from './geo-2020/report.generated.js';
import { report as geo_2021 } from './geo-2021/report.generated.js';
import { report as geo_2022 } from './geo-2022/report.generated.js';

/** Every report the package ships: by country, oldest edition first. */
export const shippedReports: readonly Report[] = [arm_2017, arm_2018, arm_2019, arm_2020, arm_2021, arm_2022, aze_2017, aze_2018, aze_2019, aze_2020, aze_2021, aze_2022, geo_2017, geo_2018, geo_2019, geo_2020, geo_2021, geo_2022];
