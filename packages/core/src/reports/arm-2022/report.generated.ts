// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "arm-2022",
  "title": "2022 Trafficking in Persons Report: Armenia",
  "publisher": "U.S. Department of State",
  "edition": 2022,
  "published": "2022-07",
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
    "start": "2021-04-01",
    "end": "2022-03-31"
  },
  "years": [
    2020,
    2021
  ],
  "reportingYear": 2021,
  "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
  "provenance": "cited",
  "coverage": {
    "part": "opening",
    "bytes": 2000,
    "copy": "preview",
    "note": "Only the first 2,000 bytes of the Protection section were read: its opening paragraph and sometimes the start of the second. Nothing later in the section was read, so a metric missing here is unseen, not silent. Read from the preview.state.gov copy: the canonical address was not available to us. That copy breaks \"self-identify\" with a space (\"self- identify\"); locators keep what it prints."
  },
  "copies": [
    {
      "id": "preview",
      "name": "preview.state.gov",
      "url": "https://preview.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
      "holds": "The first 2,000 bytes of the Protection section; the canonical address was not available to us."
    },
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
    },
    {
      "id": "meetings",
      "kind": "count",
      "label": "meetings",
      "translations": {
        "az": {
          "label": {
            "text": "iclas",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "заседания",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "inspections",
      "kind": "count",
      "label": "inspections",
      "translations": {
        "az": {
          "label": {
            "text": "yoxlama",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "проверки",
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
    }
  ],
  "facts": [
    {
      "id": "tier",
      "label": "Tier placement",
      "value": "Tier 2",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
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
        "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
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
          "year": 2021,
          "value": 32,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "The government identified 32 victims, an increase compared with nine victims in 2020"
          }
        },
        {
          "year": 2020,
          "value": 9,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "The government identified 32 victims, an increase compared with nine victims in 2020"
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
          "year": 2021,
          "value": 9,
          "derived": true,
          "formula": "victims.identified.children.boys + victims.identified.children.girls",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "there were 23 were women, seven boys, and two girls"
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
          "year": 2021,
          "value": 25,
          "derived": true,
          "formula": "victims.identified.adult_female + victims.identified.children.girls",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "there were 23 were women, seven boys, and two girls"
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
          "year": 2021,
          "value": 7,
          "note": "No men are named, and 23 + 7 + 2 = 32: the seven boys.",
          "derived": true,
          "formula": "victims.identified - victims.identified.adult_female - victims.identified.children.girls",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "there were 23 were women, seven boys, and two girls"
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
          "year": 2021,
          "value": 0,
          "note": "A stated 0: all victims were Armenians.",
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "two girls; and all victims were Armenians"
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
          "year": 2021,
          "value": 24,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "24 were victims of sex trafficking and eight were victims of forced labor"
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
          "year": 2021,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "24 were victims of sex trafficking and eight were victims of forced labor"
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
      "id": "victims.identified.adult_female",
      "label": "Adult women",
      "description": "Identified victims who were adult women: a part of the breakdown by age and sex.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} adult female {victim|victims}",
      "observations": [
        {
          "year": 2021,
          "value": 23,
          "note": "The page prints \"were\" twice; the locator keeps it.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "there were 23 were women, seven boys, and two girls"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Yetkin qadınlar",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} yetkin qadın qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Взрослые женщины",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} среди взрослых женщин",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.children.girls",
      "label": "Girls",
      "description": "Identified child victims who were girls.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified.children",
      "statement": "The government identified {value} {girl|girls} as victims",
      "observations": [
        {
          "year": 2021,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "there were 23 were women, seven boys, and two girls"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qızlar",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} qız qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Девочки",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило среди жертв {value} {one:девочку|few:девочки|many:девочек|other:девочки}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.children.boys",
      "label": "Boys",
      "description": "Identified child victims who were boys.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified.children",
      "statement": "The government identified {value} {boy|boys} as victims",
      "observations": [
        {
          "year": 2021,
          "value": 7,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "there were 23 were women, seven boys, and two girls"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Oğlanlar",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} oğlan qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Мальчики",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило среди жертв {value} {one:мальчика|few:мальчика|many:мальчиков|other:мальчика}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.identified.nationals",
      "label": "Nationals",
      "description": "Identified victims who were nationals of the reporting country: the general form of victims.identified.azerbaijani.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "{value} identified {victim was|victims were} nationals of the country",
      "observations": [
        {
          "year": 2021,
          "value": 32,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "two girls; and all victims were Armenians"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Ölkə vətəndaşları",
            "review": "draft"
          },
          "statement": {
            "text": "Müəyyən edilmiş qurbanlardan {value} nəfəri ölkə vətəndaşı olub",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Граждане страны",
            "review": "draft"
          },
          "statement": {
            "text": "Граждан страны среди выявленных жертв: {value}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "vic.meetings",
      "label": "VIC meetings",
      "description": "How many times the Victim Identification Commission (VIC) met.",
      "unit": "meetings",
      "topic": "recognition",
      "statement": "The Victim Identification Commission met {value} {time|times}",
      "observations": [
        {
          "year": 2021,
          "value": 6,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "the VIC met six times. The government amended procedures"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Komissiyanın iclasları",
            "review": "draft"
          },
          "statement": {
            "text": "Qurbanların Müəyyənləşdirilməsi Komissiyası {value} dəfə toplanıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Заседания комиссии",
            "review": "draft"
          },
          "statement": {
            "text": "Комиссия по идентификации жертв собиралась {value} {one:раз|few:раза|many:раз|other:раза}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "police_inspections.commercial_sex",
      "label": "Police inspections of commercial sex businesses",
      "description": "Police inspections of businesses involved in commercial sex.",
      "unit": "inspections",
      "topic": "screening",
      "statement": "Police made {value} {inspection|inspections} of businesses involved in commercial sex",
      "observations": [],
      "notReported": [
        {
          "year": 2021,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "the government did not report the number of inspections"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Kommersiya seksi müəssisələrində polis yoxlamaları",
            "review": "draft"
          },
          "statement": {
            "text": "Polis kommersiya seksi ilə məşğul müəssisələrdə {value} yoxlama aparıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Полицейские проверки заведений коммерческого секса",
            "review": "draft"
          },
          "statement": {
            "text": "Полиция провела {value} {one:проверку|few:проверки|many:проверок|other:проверки} заведений коммерческого секса",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "police_inspections.commercial_sex.victims_identified",
      "label": "Victims identified in those inspections",
      "description": "Victims identified through the police inspections of businesses involved in commercial sex.",
      "unit": "persons",
      "topic": "screening",
      "statement": "Police identified {value} {victim|victims} through those inspections",
      "observations": [
        {
          "year": 2021,
          "value": 0,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/armenia/",
            "locator": "nor did it identify any victims through these efforts"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Bu yoxlamalarda müəyyən edilən qurbanlar",
            "review": "draft"
          },
          "statement": {
            "text": "Polis bu yoxlamalarda {value} qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Жертвы, выявленные при этих проверках",
            "review": "draft"
          },
          "statement": {
            "text": "Полиция выявила при этих проверках {value} {one:жертву|few:жертвы|many:жертв|other:жертвы}",
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
        2021
      ],
      "scheme": "exploitation"
    },
    {
      "id": "victims.by_age_sex",
      "label": "Identified victims by age and sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.adult_female",
        "victims.identified.children.boys",
        "victims.identified.children.girls"
      ],
      "additive": true,
      "years": [
        2021
      ],
      "note": "No adult man is named.",
      "scheme": "age_sex"
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
        2021
      ],
      "note": "Derived from the age and sex parts.",
      "scheme": "sex"
    },
    {
      "id": "victims.by_nationality",
      "label": "Identified victims by nationality",
      "total": "victims.identified",
      "parts": [
        "victims.identified.nationals",
        "victims.identified.foreign"
      ],
      "additive": true,
      "years": [
        2021
      ],
      "note": "All victims were Armenians.",
      "scheme": "nationality"
    }
  ],
  "findings": [],
  "nonFigures": [
    {
      "text": "The 2014 Law on Identification",
      "reason": "a law's name"
    },
    {
      "text": "In 2021, the government developed",
      "reason": "a date"
    }
  ]
};
