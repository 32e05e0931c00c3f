// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "arm-2019",
  "title": "2019 Trafficking in Persons Report: Armenia",
  "publisher": "U.S. Department of State",
  "edition": 2019,
  "published": "2019-06",
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
    "start": "2018-04-01",
    "end": "2019-03-31"
  },
  "years": [
    2017,
    2018
  ],
  "reportingYear": 2018,
  "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
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
      "id": "screening",
      "label": "Screening",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Yoxlama",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Проверки",
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
      "value": "Tier 2",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
        "locator": "therefore Armenia remained on Tier 2",
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
        "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
        "locator": "collected information on the potential victim within a maximum of 10 days"
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
          "year": 2018,
          "value": 9,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "The government identified nine victims (13 in 2017)"
          }
        },
        {
          "year": 2017,
          "value": 13,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "The government identified nine victims (13 in 2017)"
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
          "year": 2017,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "two were children in both 2017 and 2018"
          }
        },
        {
          "year": 2018,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "two were children in both 2017 and 2018"
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
          "year": 2018,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "and eight were males and one female"
          }
        },
        {
          "year": 2017,
          "value": 10,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "(10 were females and three were males in 2017)"
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
          "year": 2018,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "and eight were males and one female"
          }
        },
        {
          "year": 2017,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "(10 were females and three were males in 2017)"
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
          "year": 2018,
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "four were foreign (none in 2017); and eight were males"
          }
        },
        {
          "year": 2017,
          "value": 0,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "four were foreign (none in 2017); and eight were males"
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
          "year": 2017,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "(eight were subjected to sex trafficking and five to forced labor in 2017)"
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
          "year": 2018,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "eight were subjected to forced labor and one to both sex trafficking and forced labor"
          }
        },
        {
          "year": 2017,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "(eight were subjected to sex trafficking and five to forced labor in 2017)"
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
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "eight were subjected to forced labor and one to both sex trafficking and forced labor"
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
      "id": "victims.identified.proactive_police",
      "label": "Proactively identified by police (ATU)",
      "description": "Victims the police Anti-Trafficking Unit (ATU) proactively identified. The text does not say they are among the victims identified, so they are no part of that total.",
      "unit": "persons",
      "topic": "identification",
      "statement": "The police Anti-Trafficking Unit proactively identified {value} {victim|victims}",
      "observations": [
        {
          "year": 2018,
          "value": 4,
          "note": "Forced labor victims. The text does not say they are among the nine identified.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "ATU proactively identified four forced labor victims"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Polisin (ATU) proaktiv müəyyən etdikləri",
            "review": "draft"
          },
          "statement": {
            "text": "Polisin İnsan Alverinə Qarşı Mübarizə Bölməsi (ATU) {value} qurbanı proaktiv müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Выявлены полицией по своей инициативе (ATU)",
            "review": "draft"
          },
          "statement": {
            "text": "Подразделение полиции по борьбе с торговлей людьми (ATU) по своей инициативе выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "screening.asylum_seekers",
      "label": "Asylum seekers screened",
      "description": "Asylum seekers the Migration Service screened for trafficking indicators. Screened is not identified.",
      "unit": "persons",
      "topic": "screening",
      "statement": "The Migration Service screened {value} asylum {seeker|seekers}",
      "observations": [
        {
          "year": 2018,
          "value": 203,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "the Migration Service screened 203 asylum seekers for trafficking indicators"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Yoxlanılan sığınacaq axtaranlar",
            "review": "draft"
          },
          "statement": {
            "text": "Miqrasiya Xidməti sığınacaq axtaran {value} şəxsi yoxlayıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Проверены лица, ищущие убежища",
            "review": "draft"
          },
          "statement": {
            "text": "Миграционная служба проверила {value} {one:лицо|few:лица|many:лиц|other:лица}, ищущих убежища",
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
          "year": 2017,
          "value": 19070000,
          "usd": 39320,
          "basis": "allocated",
          "roundedTo": 10000,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "allocated 19.07 million drams ($39,320) in both 2017 and 2018"
          }
        },
        {
          "year": 2018,
          "value": 19070000,
          "usd": 39320,
          "basis": "allocated",
          "roundedTo": 10000,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "allocated 19.07 million drams ($39,320) in both 2017 and 2018"
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
          "year": 2018,
          "value": 250000,
          "usd": 515,
          "basis": "provided",
          "note": "Provided jointly by the government and local NGOs.",
          "yearInferred": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/armenia/",
            "locator": "a one-time monetary compensation of 250,000 drams ($515)"
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
        2017
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
        2017,
        2018
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
