// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "arm-2017",
  "title": "2017 Trafficking in Persons Report: Armenia",
  "publisher": "U.S. Department of State",
  "edition": 2017,
  "published": "2017-06",
  "country": {
    "alpha3": "ARM",
    "alpha2": "AM",
    "name": "Armenia",
    "translations": {
      "az": {
        "name": {
          "text": "Ermənistan",
          "review": "draft"
        }
      },
      "ru": {
        "name": {
          "text": "Армения",
          "review": "draft"
        }
      }
    }
  },
  "section": "protection",
  "tier": "Tier 1",
  "reportingPeriod": {
    "start": "2016-04-01",
    "end": "2017-03-31"
  },
  "years": [],
  "reportingYear": 2016,
  "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/armenia/",
  "provenance": "cited",
  "coverage": {
    "part": "none",
    "note": "The Protection section is not available to us. Only the tier, from the ecoi.net copy of the narrative. A news summary of this edition (armenpress.am) is a lead, not a statement."
  },
  "copies": [
    {
      "id": "ecoi",
      "name": "ecoi.net",
      "holds": "The narrative's opening; not the Protection section."
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
      "id": "AMD",
      "kind": "money",
      "label": "Armenian dram",
      "currency": "AMD",
      "written": "{amount} {dram|drams}",
      "translations": {
        "az": {
          "label": {
            "text": "Ermənistan dramı",
            "review": "draft"
          },
          "written": {
            "text": "{amount} dram",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "армянский драм",
            "review": "draft"
          },
          "written": {
            "text": "{amount} {one:драм|few:драма|many:драмов|other:драма}",
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
        "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/armenia/",
        "locator": "therefore, Armenia remained on Tier 1",
        "copy": "ecoi"
      }
    }
  ],
  "organisations": [],
  "metrics": [],
  "breakdowns": [],
  "findings": [],
  "nonFigures": []
};
