// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "arm-2020",
  "title": "2020 Trafficking in Persons Report: Armenia",
  "publisher": "U.S. Department of State",
  "edition": 2020,
  "published": "2020-06",
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
  "tier": "Tier 2 Watch List",
  "reportingPeriod": {
    "start": "2019-04-01",
    "end": "2020-03-31"
  },
  "years": [
    2018,
    2019
  ],
  "reportingYear": 2019,
  "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
  "provenance": "cited",
  "coverage": {
    "part": "opening",
    "bytes": 2000,
    "silent": [
      "victims.identified.nationals"
    ],
    "note": "Only the first 2,000 bytes of the Protection section were read: its opening paragraph and sometimes the start of the second. Nothing later in the section was read, so a metric missing here is unseen, not silent."
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
    },
    {
      "id": "assistance",
      "label": "Assistance",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Yardım",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Помощь",
            "review": "glossary"
          }
        }
      }
    }
  ],
  "facts": [
    {
      "id": "tier",
      "label": "Tier placement",
      "value": "Tier 2 Watch List",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
        "locator": "Therefore Armenia was downgraded to Tier 2 Watch List",
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
        "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
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
          "year": 2019,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "The government identified eight victims (nine in 2018)"
          }
        },
        {
          "year": 2018,
          "value": 9,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "The government identified eight victims (nine in 2018)"
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
          "year": 2019,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "two were children in both 2019 and 2018"
          }
        },
        {
          "year": 2018,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "two were children in both 2019 and 2018"
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
          "year": 2019,
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "four were male and four female (eight were males and one female in 2018)"
          }
        },
        {
          "year": 2018,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "four were male and four female (eight were males and one female in 2018)"
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
          "year": 2019,
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "four were male and four female (eight were males and one female in 2018)"
          }
        },
        {
          "year": 2018,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "four were male and four female (eight were males and one female in 2018)"
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
          "year": 2019,
          "value": 3,
          "note": "Two from Tajikistan and one from Iran: the text gives no total.",
          "derived": true,
          "formula": "2 + 1",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "two victims were from Tajikistan and one from Iran"
          }
        },
        {
          "year": 2018,
          "value": 4,
          "note": "From India.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "(four foreign victims from India in 2018)"
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
      "id": "victims.identified.sex_trafficking",
      "label": "Sex trafficking",
      "description": "Identified victims of sex trafficking, not split by sex. Not the same as female victims of sex trafficking (victims.identified.female_sex_trafficking).",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} {victim|victims} of sex trafficking",
      "observations": [
        {
          "year": 2019,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "five were subjected to forced labor and three to sex trafficking"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Cinsi istismar",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət cinsi istismarın {value} qurbanını müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Сексуальная эксплуатация",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} сексуальной эксплуатации",
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
          "year": 2019,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "five were subjected to forced labor and three to sex trafficking"
          }
        },
        {
          "year": 2018,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "eight were subjected to forced labor and one to both sex trafficking and forced labor in 2018"
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
      "id": "victims.identified.sex_trafficking_and_forced_labor",
      "label": "Both sex trafficking and forced labor",
      "description": "Identified victims subjected to both sex trafficking and forced labor: a part of its own, counted in neither victims.identified.sex_trafficking nor victims.identified.forced_labor.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} {victim|victims} of both sex trafficking and forced labor",
      "observations": [
        {
          "year": 2018,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "eight were subjected to forced labor and one to both sex trafficking and forced labor in 2018"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Həm cinsi istismar, həm məcburi əmək",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət həm cinsi istismarın, həm də məcburi əməyin {value} qurbanını müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "И сексуальная эксплуатация, и принудительный труд",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} одновременно сексуальной эксплуатации и принудительного труда",
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
          "year": 2019,
          "value": 19000000,
          "usd": 40000,
          "basis": "allocated",
          "roundedTo": 1000000,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "allocated 19 million drams ($40,000) in both 2019 and 2018"
          }
        },
        {
          "year": 2018,
          "value": 19000000,
          "usd": 40000,
          "basis": "allocated",
          "roundedTo": 1000000,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "allocated 19 million drams ($40,000) in both 2019 and 2018"
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
    },
    {
      "id": "allowance.one_time",
      "label": "One-time payment per victim",
      "description": "The one-time monetary compensation the government and local NGOs jointly provided to each victim, in drams, with the dollar figure the report gives. A fixed payment under the government's scheme: not court-ordered restitution or compensation from traffickers.",
      "unit": "AMD",
      "topic": "assistance",
      "statement": "The one-time monetary compensation was {value} per victim",
      "observations": [
        {
          "year": 2019,
          "value": 250000,
          "usd": 530,
          "basis": "provided",
          "note": "Provided jointly by the government and local NGOs.",
          "yearInferred": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2020-trafficking-in-persons-report/armenia/",
            "locator": "a one-time monetary compensation of 250,000 drams ($530)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Hər qurbana birdəfəlik ödəniş",
            "review": "draft"
          },
          "statement": {
            "text": "Birdəfəlik pul kompensasiyası hər qurbana {value} olub",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Единовременная выплата на жертву",
            "review": "draft"
          },
          "statement": {
            "text": "Единовременная денежная компенсация составила {value} на каждую жертву",
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
        "victims.identified.sex_trafficking",
        "victims.identified.forced_labor"
      ],
      "additive": true,
      "years": [
        2019
      ],
      "scheme": "exploitation"
    },
    {
      "id": "victims.by_exploitation_both",
      "label": "Identified victims by form of exploitation, with victims of both as a part of their own",
      "total": "victims.identified",
      "parts": [
        "victims.identified.forced_labor",
        "victims.identified.sex_trafficking_and_forced_labor"
      ],
      "additive": true,
      "years": [
        2018
      ],
      "note": "The victim of both is a part of its own, in neither sex trafficking nor forced labor.",
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
        2018,
        2019
      ],
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
