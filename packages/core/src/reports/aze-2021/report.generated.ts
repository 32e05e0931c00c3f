// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "aze-2021",
  "title": "2021 Trafficking in Persons Report: Azerbaijan",
  "publisher": "U.S. Department of State",
  "edition": 2021,
  "published": "2021-07",
  "country": {
    "alpha3": "AZE",
    "alpha2": "AZ",
    "name": "Azerbaijan"
  },
  "section": "protection",
  "tier": "Tier 2 Watch List",
  "reportingPeriod": {
    "start": "2020-04-01",
    "end": "2021-03-31"
  },
  "years": [
    2018,
    2019,
    2020
  ],
  "reportingYear": 2020,
  "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
  "provenance": "cited",
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
      "id": "hours",
      "kind": "count",
      "label": "hours",
      "written": "{amount} {hour|hours}",
      "translations": {
        "az": {
          "label": {
            "text": "saat",
            "review": "draft"
          },
          "written": {
            "text": "{amount} saat",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "часы",
            "review": "draft"
          },
          "written": {
            "text": "{amount} {one:час|few:часа|many:часов|other:часа}",
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
            "text": "Qurbanların müəyyən edilməsi",
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
      "id": "begging",
      "label": "Children in begging",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Dilənçilik edən uşaqlar",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Дети, занимающиеся попрошайничеством",
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
        "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
        "locator": "Tier 2 Watch List for the third consecutive"
      }
    },
    {
      "id": "tier_waiver",
      "label": "Waiver from the downgrade to Tier 3",
      "value": true,
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
        "locator": "was granted a waiver"
      }
    },
    {
      "id": "referral_deadline",
      "label": "Referral deadline in the standard operating procedures",
      "value": 24,
      "unit": "hours",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
        "locator": "refer potential victims within 24 hours to ATD"
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
          "value": 94,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "officially identified 94 victims (91 in 2019)"
          }
        },
        {
          "year": 2019,
          "value": 91,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "officially identified 94 victims (91 in 2019)"
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
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "two were child victims (one in 2019)"
          }
        },
        {
          "year": 2019,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "two were child victims (one in 2019)"
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
      "id": "victims.identified.female_sex_trafficking",
      "label": "Female, sex trafficking",
      "description": "Identified victims who were female victims of sex trafficking.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} female {victim|victims} of sex trafficking",
      "observations": [
        {
          "year": 2020,
          "value": 85,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "85 were female sex trafficking victims, five were"
          }
        },
        {
          "year": 2019,
          "value": 85,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "(85 female sex trafficking victims and six male forced labor victims in 2019)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qadınlar, cinsi istismar",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət cinsi istismar qurbanı olan {value} qadın müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Женщины, сексуальная эксплуатация",
            "review": "glossary"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} сексуальной эксплуатации среди женщин",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.female_forced_labor",
      "label": "Female, forced labor",
      "description": "Identified victims who were female victims of forced labor.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} female {victim|victims} of forced labor",
      "observations": [
        {
          "year": 2020,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "five were female forced labor victims"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qadınlar, məcburi əmək",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət məcburi əmək qurbanı olan {value} qadın müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Женщины, принудительный труд",
            "review": "glossary"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} принудительного труда среди женщин",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.male_forced_labor",
      "label": "Male, forced labor",
      "description": "Identified victims who were male victims of forced labor.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} male {victim|victims} of forced labor",
      "observations": [
        {
          "year": 2020,
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "four were male forced labor victims"
          }
        },
        {
          "year": 2019,
          "value": 6,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "(85 female sex trafficking victims and six male forced labor victims in 2019)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Kişilər, məcburi əmək",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət məcburi əmək qurbanı olan {value} kişi müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Мужчины, принудительный труд",
            "review": "glossary"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} принудительного труда среди мужчин",
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
          "note": "from Russia",
          "translations": {
            "az": {
              "note": {
                "text": "Rusiyadan",
                "review": "draft"
              }
            },
            "ru": {
              "note": {
                "text": "из России",
                "review": "draft"
              }
            }
          },
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "one was a foreign victim from Russia"
          }
        },
        {
          "year": 2019,
          "value": 2,
          "note": "from Tajikistan and Uzbekistan",
          "translations": {
            "az": {
              "note": {
                "text": "Tacikistan və Özbəkistandan",
                "review": "draft"
              }
            },
            "ru": {
              "note": {
                "text": "из Таджикистана и Узбекистана",
                "review": "draft"
              }
            }
          },
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "two foreign victims from Tajikistan and Uzbekistan in 2019"
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
            "text": "Среди выявленных жертв {one:был|other:было} {value} {one:иностранец|few:иностранца|many:иностранцев|other:иностранца}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.internal",
      "label": "Internal trafficking",
      "description": "Identified Azerbaijani victims of internal trafficking (exploited inside Azerbaijan).",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} Azerbaijani {victim|victims} of internal trafficking",
      "observations": [
        {
          "year": 2020,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "eight Azerbaijani victims of internal trafficking (one in 2019)"
          }
        },
        {
          "year": 2019,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "eight Azerbaijani victims of internal trafficking (one in 2019)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Ölkədaxili insan alveri",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət ölkədaxili insan alveri qurbanı olan {value} Azərbaycan vətəndaşı müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Внутренняя торговля людьми",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} внутренней торговли людьми среди граждан Азербайджана",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "begging.children_identified",
      "label": "Children identified in begging",
      "description": "Children the government identified as involved in begging to help their parents. They are not counted as trafficking victims.",
      "unit": "persons",
      "topic": "begging",
      "statement": "The government identified {value} {child|children} involved in begging",
      "observations": [
        {
          "year": 2018,
          "value": 450,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "in 2019 or 2020 (450 children and 207 parents in 2018)"
          }
        }
      ],
      "notReported": [
        {
          "year": 2019,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "in 2019 or 2020 (450 children and 207 parents in 2018)"
          }
        },
        {
          "year": 2020,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "in 2019 or 2020 (450 children and 207 parents in 2018)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Dilənçilik edən uşaqlar",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət dilənçilik edən {value} uşaq müəyyən edib",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Дети, занимающиеся попрошайничеством",
            "review": "glossary"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:ребёнка|other:детей}, занимающихся попрошайничеством",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "begging.parents_identified",
      "label": "Parents identified in begging",
      "description": "Parents the government identified in the same exercise as the children involved in begging.",
      "unit": "persons",
      "topic": "begging",
      "statement": "The government identified {value} {parent|parents} of children involved in begging",
      "observations": [
        {
          "year": 2018,
          "value": 207,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "in 2019 or 2020 (450 children and 207 parents in 2018)"
          }
        }
      ],
      "notReported": [
        {
          "year": 2019,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "in 2019 or 2020 (450 children and 207 parents in 2018)"
          }
        },
        {
          "year": 2020,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/azerbaijan/",
            "locator": "in 2019 or 2020 (450 children and 207 parents in 2018)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Dilənçilik edən uşaqların valideynləri",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət dilənçilik edən uşaqların {value} valideynini müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Родители детей, занимающихся попрошайничеством",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:родителя|other:родителей} детей, занимающихся попрошайничеством",
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
        "victims.identified.female_sex_trafficking",
        "victims.identified.female_forced_labor",
        "victims.identified.male_forced_labor"
      ],
      "additive": true,
      "years": [
        2020
      ],
      "note": "From this edition forced labor is split by sex. Children are counted inside these parts, not as a further part."
    },
    {
      "id": "victims.by_exploitation.restated_2019",
      "label": "Identified victims by form of exploitation, 2019 as restated",
      "total": "victims.identified",
      "parts": [
        "victims.identified.female_sex_trafficking",
        "victims.identified.male_forced_labor"
      ],
      "additive": true,
      "years": [
        2019
      ],
      "note": "The 2019 figures as this edition restates them: it gives no female forced-labor figure for 2019."
    }
  ],
  "findings": [],
  "nonFigures": []
};
