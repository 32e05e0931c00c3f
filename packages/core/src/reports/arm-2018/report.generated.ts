// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "arm-2018",
  "title": "2018 Trafficking in Persons Report: Armenia",
  "publisher": "U.S. Department of State",
  "edition": 2018,
  "published": "2018-06",
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
    "start": "2017-04-01",
    "end": "2018-03-31"
  },
  "years": [
    2016,
    2017
  ],
  "reportingYear": 2017,
  "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
  "provenance": "cited",
  "coverage": {
    "part": "opening",
    "bytes": 2000,
    "silent": [
      "victims.identified.foreign",
      "victims.identified.nationals"
    ],
    "note": "Only the first 2,000 bytes of the Protection section were read: its opening paragraph and sometimes the start of the second. Nothing later in the section was read, so a metric missing here is unseen, not silent. Here the excerpt happens to end at a sentence end."
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
    },
    {
      "id": "shelters",
      "kind": "count",
      "label": "shelters",
      "translations": {
        "az": {
          "label": {
            "text": "sığınacaq",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "приюты",
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
    },
    {
      "id": "ngo",
      "label": "NGO shelters",
      "headline": true,
      "translations": {
        "az": {
          "label": {
            "text": "QHT sığınacaqları",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Приюты НПО",
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
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
        "locator": "Therefore Armenia was downgraded to Tier 2",
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
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
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
          "year": 2017,
          "value": 13,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "The government identified 13 victims (22 in 2016)"
          }
        },
        {
          "year": 2016,
          "value": 22,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "The government identified 13 victims (22 in 2016)"
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
          "year": 2016,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "two were children in both 2016 and 2017"
          }
        },
        {
          "year": 2017,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "two were children in both 2016 and 2017"
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
          "year": 2017,
          "value": 10,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "10 were females and three were males"
          }
        },
        {
          "year": 2016,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "(five females and 17 males in 2016)"
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
          "year": 2017,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "10 were females and three were males"
          }
        },
        {
          "year": 2016,
          "value": 17,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "(five females and 17 males in 2016)"
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
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "eight were subjected to sex trafficking and five to forced labor"
          }
        },
        {
          "year": 2016,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "(three sex trafficking and 19 forced labor in 2016)"
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
          "year": 2017,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "eight were subjected to sex trafficking and five to forced labor"
          }
        },
        {
          "year": 2016,
          "value": 19,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "(three sex trafficking and 19 forced labor in 2016)"
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
      "id": "funding.victim_protection",
      "label": "Allocated for victim protection",
      "description": "What the government allocated for victim protection, in drams, with the dollar figure the report gives.",
      "unit": "AMD",
      "topic": "funding",
      "statement": "The government {basis} {value} for victim protection",
      "observations": [
        {
          "year": 2017,
          "value": 19068600,
          "usd": 39320,
          "basis": "allocated",
          "yearInferred": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "The government allocated 19,068,600 drams ($39,320) for victim protection efforts"
          }
        },
        {
          "year": 2016,
          "value": 18846000,
          "usd": 38860,
          "basis": "allocated",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "compared to 18,846,000 drams ($38,860) in 2016"
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
          "year": 2017,
          "value": 250000,
          "usd": 515,
          "basis": "provided",
          "note": "Provided jointly by the government and local NGOs.",
          "yearInferred": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "one-time monetary compensation of 250,000 drams ($515)"
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
    },
    {
      "id": "assistance.health_care",
      "label": "Received health care",
      "description": "Victims who received (free, government) health care.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "{value} {victim|victims} received health care",
      "observations": [
        {
          "year": 2017,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "Two victims received health care (one in 2016)"
          }
        },
        {
          "year": 2016,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "Two victims received health care (one in 2016)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Tibbi yardım alanlar",
            "review": "draft"
          },
          "statement": {
            "text": "{value} qurban tibbi yardım alıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Получили медицинскую помощь",
            "review": "draft"
          },
          "statement": {
            "text": "Медицинскую помощь получили {value} {one:жертва|few:жертвы|many:жертв|other:жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "assistance.legal",
      "label": "Received legal assistance",
      "description": "Victims who received legal assistance. The government relied on NGOs for it, so it is not the Victim Assistance Center's (vac.assistance.legal).",
      "unit": "persons",
      "topic": "assistance",
      "statement": "{value} {victim|victims} received legal assistance",
      "observations": [
        {
          "year": 2017,
          "value": 9,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "and nine victims received legal assistance"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Hüquqi yardım alanlar",
            "review": "draft"
          },
          "statement": {
            "text": "{value} qurban hüquqi yardım alıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Получили юридическую помощь",
            "review": "draft"
          },
          "statement": {
            "text": "Юридическую помощь получили {value} {one:жертва|few:жертвы|many:жертв|other:жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "ngo_shelters.victims_supported",
      "label": "Supported by the NGO-run shelter",
      "description": "Victims in total that the NGO-run shelter assisted, newly identified and others.",
      "unit": "persons",
      "topic": "ngo",
      "statement": "The NGO-run shelter assisted {value} {victim|victims} in total",
      "observations": [
        {
          "year": 2017,
          "value": 36,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "(19 in 2016), and 36 victims in total"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "QHT tərəfindən idarə olunan sığınacağın dəstəklədikləri",
            "review": "draft"
          },
          "statement": {
            "text": "QHT tərəfindən idarə olunan sığınacaq cəmi {value} qurbana yardım edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Поддержаны приютом, которым управляет НПО",
            "review": "draft"
          },
          "statement": {
            "text": "Приют, которым управляет НПО, помог в общей сложности {value} {one:жертве|few:жертвам|many:жертвам|other:жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "ngo_shelters.victims_supported.newly_identified",
      "label": "Newly identified, at the NGO-run shelter",
      "description": "Newly-identified victims the NGO-run shelter assisted: part of all the victims it assisted, and not the government's identified count.",
      "unit": "persons",
      "topic": "ngo",
      "parent": "ngo_shelters.victims_supported",
      "statement": "The NGO-run shelter assisted {value} newly identified {victim|victims}",
      "observations": [
        {
          "year": 2017,
          "value": 19,
          "note": "Not the government count: the government identified 13 victims in 2017.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "the NGO-run shelter assisted 19 newly-identified victims (19 in 2016)"
          }
        },
        {
          "year": 2016,
          "value": 19,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "the NGO-run shelter assisted 19 newly-identified victims (19 in 2016)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "QHT tərəfindən idarə olunan sığınacaqda yeni müəyyən edilənlər",
            "review": "draft"
          },
          "statement": {
            "text": "QHT tərəfindən idarə olunan sığınacaq yeni müəyyən edilmiş {value} qurbana yardım edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Вновь выявленные, в приюте, которым управляет НПО",
            "review": "draft"
          },
          "statement": {
            "text": "Приют, которым управляет НПО, помог {value} вновь {one:выявленной жертве|few:выявленным жертвам|many:выявленным жертвам|other:выявленной жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "ngo_shelters.government_funded",
      "label": "NGO-run shelters the government funded",
      "description": "Specialized NGO-run shelters the government (partially) funded. Later editions write \"an NGO-run shelter\", which is not a count.",
      "unit": "shelters",
      "topic": "ngo",
      "statement": "The government partially funded {value} specialized NGO-run {shelter|shelters}",
      "observations": [
        {
          "year": 2017,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/armenia/",
            "locator": "partially funded one specialized NGO-run shelter to provide services"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Hökumətin maliyyələşdirdiyi, QHT tərəfindən idarə olunan sığınacaqlar",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət QHT tərəfindən idarə olunan {value} ixtisaslaşmış sığınacağı qismən maliyyələşdirib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Приюты НПО с государственным финансированием",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство частично финансировало {value} {one:специализированный приют|few:специализированных приюта|many:специализированных приютов|other:специализированного приюта} под управлением НПО",
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
        2016,
        2017
      ],
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
        2016,
        2017
      ],
      "scheme": "sex"
    }
  ],
  "findings": [],
  "nonFigures": []
};
