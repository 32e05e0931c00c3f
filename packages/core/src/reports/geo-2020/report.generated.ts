// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "geo-2020",
  "title": "2020 Trafficking in Persons Report: Georgia",
  "publisher": "U.S. Department of State",
  "edition": 2020,
  "published": "2020-06",
  "country": {
    "alpha3": "GEO",
    "alpha2": "GE",
    "name": "Georgia",
    "translations": {
      "az": {
        "name": {
          "text": "Gürcüstan",
          "review": "draft"
        }
      },
      "ru": {
        "name": {
          "text": "Грузия",
          "review": "draft"
        }
      }
    }
  },
  "section": "protection",
  "tier": "Tier 1",
  "reportingPeriod": {
    "start": "2019-04-01",
    "end": "2020-03-31"
  },
  "years": [],
  "reportingYear": 2019,
  "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/georgia/",
  "provenance": "cited",
  "coverage": {
    "part": "none",
    "note": "The Protection section is not available to us. Only the narrative's opening, in the 2017-2021.state.gov archive copy, was read. The 2021 edition restates the 2019 data year."
  },
  "copies": [
    {
      "id": "archive",
      "name": "2017-2021.state.gov archive",
      "url": "https://2017-2021.state.gov/reports/2020-trafficking-in-persons-report/georgia/index.html",
      "holds": "Only the narrative's opening; not the Protection section."
    }
  ],
  "units": [
    {
      "id": "persons",
      "kind": "count",
      "label": "persons",
      "translations": {
        "az": {
          "label": {
            "text": "nəfər",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "человек",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "GEL",
      "kind": "money",
      "label": "Georgian lari",
      "currency": "GEL",
      "written": "{amount} lari",
      "translations": {
        "az": {
          "label": {
            "text": "Gürcüstan larisi",
            "review": "draft"
          },
          "written": {
            "text": "{amount} lari",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "грузинский лари",
            "review": "draft"
          },
          "written": {
            "text": "{amount} лари",
            "review": "draft"
          }
        }
      }
    }
  ],
  "topics": [
    {
      "id": "identification",
      "label": "Identification",
      "headline": true,
      "translations": {
        "az": {
          "label": {
            "text": "Müəyyənetmə",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Выявление",
            "review": "draft"
          }
        }
      }
    }
  ],
  "facts": [
    {
      "id": "tier",
      "label": "Tier placement",
      "value": "Tier 1",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/georgia/",
        "locator": "therefore Georgia remained on Tier 1",
        "copy": "archive"
      }
    }
  ],
  "organisations": [],
  "metrics": [],
  "breakdowns": [],
  "findings": [],
  "nonFigures": []
};
