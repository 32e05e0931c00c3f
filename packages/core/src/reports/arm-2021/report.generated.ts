// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "arm-2021",
  "title": "2021 Trafficking in Persons Report: Armenia",
  "publisher": "U.S. Department of State",
  "edition": 2021,
  "published": "2021-07",
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
  "tier": "Tier 2",
  "reportingPeriod": {
    "start": "2020-04-01",
    "end": "2021-03-31"
  },
  "years": [
    2019,
    2020
  ],
  "reportingYear": 2020,
  "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
  "provenance": "cited",
  "coverage": {
    "part": "opening",
    "bytes": 2000,
    "endsAt": "legal, me",
    "silent": [
      "victims.identified.nationals"
    ],
    "note": "Only the first 2,000 bytes of the Protection section were read: its opening paragraph and sometimes the start of the second. Nothing later in the section was read, so a metric missing here is unseen, not silent. It ends at \"legal, me\", before the one-time payment sentence."
  },
  "copies": [
    {
      "id": "second_copy",
      "name": "a second copy of the narrative (ecoi.net, refworld or the 2017-2021.state.gov archive)",
      "holds": "The narrative's opening, where the tier stands; the state.gov copy we read does not reach it."
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
    },
    {
      "id": "days",
      "kind": "count",
      "label": "days",
      "written": "{amount} {day|days}",
      "translations": {
        "az": {
          "label": {
            "text": "gün",
            "review": "draft"
          },
          "written": {
            "text": "{amount} gün",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "дни",
            "review": "draft"
          },
          "written": {
            "text": "{amount} {one:день|few:дня|many:дней|other:дня}",
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
    },
    {
      "id": "recognition",
      "label": "Official recognition",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Rəsmi tanınma",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Официальное признание",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "funding",
      "label": "Funding",
      "headline": true,
      "translations": {
        "az": {
          "label": {
            "text": "Maliyyələşdirmə",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Финансирование",
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
      "value": "Tier 2",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
        "locator": "therefore Armenia was upgraded to Tier 2",
        "copy": "second_copy"
      }
    },
    {
      "id": "pre_identification.max_days",
      "label": "Maximum days to collect information on a potential victim (pre-identification)",
      "value": 10,
      "unit": "days",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
        "locator": "collected information on a potential victim within a maximum of 10 days"
      }
    }
  ],
  "organisations": [],
  "metrics": [
    {
      "id": "victims.identified",
      "label": "Victims identified",
      "description": "Trafficking victims the government identified.",
      "unit": "persons",
      "topic": "identification",
      "statement": "The government identified {value} trafficking {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 9,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "The government identified nine victims (eight in 2019)"
          }
        },
        {
          "year": 2019,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "The government identified nine victims (eight in 2019)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Müəyyən edilmiş qurbanlar",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət {value} insan alveri qurbanı müəyyən edib",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Выявленные жертвы",
            "review": "glossary"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} торговли людьми",
            "review": "glossary"
          }
        }
      }
    },
    {
      "id": "victims.identified.children",
      "label": "Children",
      "description": "Identified victims who were children.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} child {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "five were children; three were female and six male"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Uşaqlar",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} uşaq qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Дети",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} среди детей",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.female",
      "label": "Female (by sex)",
      "description": "Identified victims who were female: a breakdown by sex, not by form of exploitation.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} female {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "five were children; three were female and six male"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qadınlar (cinsə görə)",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} qadın qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Женщины (по полу)",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} женского пола",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.male",
      "label": "Male (by sex)",
      "description": "Identified victims who were male: a breakdown by sex, not by form of exploitation.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} male {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 6,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "five were children; three were female and six male"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Kişilər (cinsə görə)",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} kişi qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Мужчины (по полу)",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} мужского пола",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.foreign",
      "label": "Foreign nationals",
      "description": "Identified victims who were foreign nationals.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "{value} identified {victim was|victims were} foreign",
      "observations": [
        {
          "year": 2020,
          "value": 1,
          "note": "From Iran.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "and one was a foreign victim from Iran"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Əcnəbilər",
            "review": "draft"
          },
          "statement": {
            "text": "Müəyyən edilmiş qurbanlardan {value} nəfəri əcnəbi olub",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Иностранцы",
            "review": "draft"
          },
          "statement": {
            "text": "Иностранцев среди выявленных жертв: {value}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.forced_labor",
      "label": "Forced labor",
      "description": "Identified victims of forced labor, not split by sex. Where the text says \"including … forced begging\", the victims of forced begging are inside it.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} {victim|victims} of forced labor",
      "observations": [
        {
          "year": 2020,
          "value": 9,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "nine were victims of forced labor, including five victims of forced begging"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Məcburi əmək",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət məcburi əməyin {value} qurbanını müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Принудительный труд",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} принудительного труда",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.forced_labor.forced_begging",
      "label": "Forced begging",
      "description": "Of the victims of forced labor, victims of forced begging. Where an edition writes them beside sex trafficking with no forced labor total, the forced labor total is not stated (it is at least the beggars).",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified.forced_labor",
      "statement": "The government identified {value} {victim|victims} of forced begging",
      "observations": [
        {
          "year": 2020,
          "value": 5,
          "note": "Inside forced labor (\"including\").",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "nine were victims of forced labor, including five victims of forced begging"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Məcburi dilənçilik",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət məcburi dilənçiliyin {value} qurbanını müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Принудительное попрошайничество",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} принудительного попрошайничества",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.recognized.vic",
      "label": "Recognized by the VIC",
      "description": "Victims the Victim Identification Commission (VIC) officially recognized. Recognized is not identified.",
      "unit": "persons",
      "topic": "recognition",
      "statement": "The Victim Identification Commission officially recognized {value} {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 5,
          "note": "Nine were identified in 2020: recognized is not identified.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "the VIC officially recognized five victims in 2020 and five additional victims"
          }
        },
        {
          "year": 2019,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "five additional victims from January to March 2021 (eight in 2019)"
          }
        }
      ],
      "partialPeriods": [
        {
          "period": {
            "start": "2021-01",
            "end": "2021-03"
          },
          "value": 5,
          "note": "A quarter of the next data year: neither 2020 nor the whole of 2021.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "five additional victims from January to March 2021 (eight in 2019)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qurbanların Müəyyənləşdirilməsi Komissiyasının rəsmi olaraq qurban kimi tanıdıqları",
            "review": "draft"
          },
          "statement": {
            "text": "Qurbanların Müəyyənləşdirilməsi Komissiyası {value} nəfəri rəsmi olaraq qurban kimi tanıyıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Признаны Комиссией по идентификации жертв",
            "review": "draft"
          },
          "statement": {
            "text": "Комиссия по идентификации жертв официально признала жертвами {value} {one:человека|few:человек|many:человек|other:человека}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "funding.victim_protection",
      "label": "Allocated for victim protection",
      "description": "What the government allocated for victim protection, in drams, with the dollar figure the report gives.",
      "unit": "AMD",
      "topic": "funding",
      "statement": "The government {basis} {value} for victim protection",
      "observations": [
        {
          "year": 2020,
          "value": 40200000,
          "usd": 78060,
          "basis": "allocated",
          "roundedTo": 100000,
          "yearInferred": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "The government allocated 40.2 million drams ($78,060) for victim protection efforts"
          }
        },
        {
          "year": 2019,
          "value": 19000000,
          "usd": 36890,
          "basis": "allocated",
          "roundedTo": 1000000,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/armenia/",
            "locator": "an increase compared with 19 million drams ($36,890) in 2019"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qurbanların müdafiəsinə ayrılıb",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət qurbanların müdafiəsi üçün {value} {basis}",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Выделено на защиту жертв",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство {basis} {value} на защиту жертв",
            "review": "draft"
          }
        }
      }
    }
  ],
  "breakdowns": [
    {
      "id": "victims.by_exploitation",
      "label": "Identified victims by form of exploitation",
      "total": "victims.identified",
      "parts": [
        "victims.identified.forced_labor"
      ],
      "additive": true,
      "years": [
        2020
      ],
      "note": "All nine were victims of forced labor; forced begging is inside it.",
      "scheme": "exploitation"
    },
    {
      "id": "victims.by_sex",
      "label": "Identified victims by sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.female",
        "victims.identified.male"
      ],
      "additive": true,
      "years": [
        2020
      ],
      "note": "Children are a subset here, not a part.",
      "scheme": "sex"
    }
  ],
  "findings": [],
  "nonFigures": [
    {
      "text": "The 2014 Law on Identification",
      "reason": "a law's name"
    }
  ]
};
