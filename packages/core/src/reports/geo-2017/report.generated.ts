// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "geo-2017",
  "title": "2017 Trafficking in Persons Report: Georgia",
  "publisher": "U.S. Department of State",
  "edition": 2017,
  "published": "2017-06",
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
    "start": "2016-04-01",
    "end": "2017-03-31"
  },
  "years": [],
  "reportingYear": 2016,
  "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/georgia/",
  "provenance": "cited",
  "coverage": {
    "part": "none",
    "note": "The Protection section is not available to us: neither the state.gov page nor a second copy of that section. Only the tier, from the refworld copy of the narrative."
  },
  "copies": [
    {
      "id": "refworld",
      "name": "refworld",
      "holds": "The narrative's opening, published 27 June 2017; not the Protection section."
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
        "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/georgia/",
        "locator": "therefore, Georgia remained on Tier 1",
        "copy": "refworld"
      }
    }
  ],
  "organisations": [],
  "metrics": [],
  "breakdowns": [],
  "findings": [],
  "nonFigures": []
};
