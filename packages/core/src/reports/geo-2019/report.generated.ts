// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "geo-2019",
  "title": "2019 Trafficking in Persons Report: Georgia",
  "publisher": "U.S. Department of State",
  "edition": 2019,
  "published": "2019-06",
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
    "start": "2018-04-01",
    "end": "2019-03-31"
  },
  "years": [
    2017,
    2018
  ],
  "reportingYear": 2018,
  "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
  "provenance": "cited",
  "coverage": {
    "part": "opening",
    "bytes": 2000,
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
    },
    {
      "id": "locations",
      "kind": "count",
      "label": "locations",
      "translations": {
        "az": {
          "label": {
            "text": "məkan",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "места",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "cities",
      "kind": "count",
      "label": "cities",
      "translations": {
        "az": {
          "label": {
            "text": "şəhər",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "города",
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
    },
    {
      "id": "shelter",
      "label": "Shelter",
      "headline": true,
      "translations": {
        "az": {
          "label": {
            "text": "Sığınacaq",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Приюты",
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
      "value": "Tier 1",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
        "locator": "therefore Georgia remained on Tier 1",
        "copy": "second_copy"
      }
    },
    {
      "id": "permanent_group.assessment_deadline_hours",
      "label": "Hours the Permanent Group has by statute to convene and assess a potential victim",
      "value": 48,
      "unit": "hours",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
        "locator": "convene and assess a potential victim within 48 hours"
      }
    },
    {
      "id": "permanent_group.members",
      "label": "Members of the Permanent Group's board",
      "value": 5,
      "unit": "persons",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
        "locator": "The Permanent Group comprised a five-member board"
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
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "The government identified five victims (12 victims in 2017)"
          }
        },
        {
          "year": 2017,
          "value": 12,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "The government identified five victims (12 victims in 2017)"
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
          "year": 2018,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "and two were children (one child victim in 2017)"
          }
        },
        {
          "year": 2017,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "and two were children (one child victim in 2017)"
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
          "value": 5,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "all victims were female (all female victims in 2017)"
          }
        },
        {
          "year": 2017,
          "value": 12,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "all victims were female (all female victims in 2017)"
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
      "id": "victims.identified.sex_trafficking",
      "label": "Sex trafficking",
      "description": "Identified victims of sex trafficking, not split by sex. Not the same as female victims of sex trafficking (victims.identified.female_sex_trafficking).",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} {victim|victims} of sex trafficking",
      "observations": [
        {
          "year": 2018,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "three were victims of sex trafficking and two were victims of forced begging"
          }
        },
        {
          "year": 2017,
          "value": 10,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "(10 victims of sex trafficking and two victims of forced labor in 2017)"
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
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "(10 victims of sex trafficking and two victims of forced labor in 2017)"
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
          "year": 2018,
          "value": 2,
          "note": "Written beside sex trafficking, with no forced labor total for 2018 (it is at least 2).",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "three were victims of sex trafficking and two were victims of forced begging"
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
      "id": "victims.recognized.law_enforcement",
      "label": "Recognized by law enforcement",
      "description": "Victims given official victim status by law enforcement (those who took part in investigations). Recognized is not identified.",
      "unit": "persons",
      "topic": "recognition",
      "statement": "Law enforcement officially recognized {value} {victim|victims}",
      "observations": [
        {
          "year": 2018,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Law enforcement officially recognized all five victims in 2018"
          }
        },
        {
          "year": 2017,
          "value": 8,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "(eight officially recognized by law enforcement and four by the Permanent Group in 2017)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Hüquq-mühafizə orqanlarının rəsmi olaraq qurban kimi tanıdıqları",
            "review": "draft"
          },
          "statement": {
            "text": "Hüquq-mühafizə orqanları {value} nəfəri rəsmi olaraq qurban kimi tanıyıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Признаны правоохранительными органами",
            "review": "draft"
          },
          "statement": {
            "text": "Правоохранительные органы официально признали жертвами {value} {one:человека|few:человек|many:человек|other:человека}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "victims.recognized.permanent_group",
      "label": "Recognized by the Permanent Group",
      "description": "Victims given official status by the Permanent Group, a five-member board of NGOs and international organizations (those who declined to take part in investigations). Recognized is not identified.",
      "unit": "persons",
      "topic": "recognition",
      "statement": "The Permanent Group officially recognized {value} {victim|victims}",
      "observations": [
        {
          "year": 2017,
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "(eight officially recognized by law enforcement and four by the Permanent Group in 2017)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Daimi Qrupun rəsmi olaraq qurban kimi tanıdıqları",
            "review": "draft"
          },
          "statement": {
            "text": "Daimi Qrup {value} nəfəri rəsmi olaraq qurban kimi tanıyıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Признаны Постоянной группой",
            "review": "draft"
          },
          "statement": {
            "text": "Постоянная группа официально признала жертвами {value} {one:человека|few:человек|many:человек|other:человека}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "screening.mobile_groups.individuals",
      "label": "Screened by mobile groups",
      "description": "Individuals that law-enforcement mobile groups or units and the task force(s) screened for trafficking indicators. Screened is not identified, and the population changes with the wording: people working at hotels, bars, nightclubs and bathhouses (2017 and 2018 data), people in commercial sex or employed in vulnerable sectors (2019 and 2020), and also begging (2021).",
      "unit": "persons",
      "topic": "screening",
      "statement": "Mobile groups and the task force screened {value} {individual|individuals}",
      "observations": [
        {
          "year": 2018,
          "value": 395,
          "note": "Mobile groups and task forces.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Mobile groups and task forces screened 395 individuals (682 in 2017)"
          }
        },
        {
          "year": 2017,
          "value": 682,
          "note": "Mobile groups and task forces.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Mobile groups and task forces screened 395 individuals (682 in 2017)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Mobil qrupların yoxladıqları",
            "review": "draft"
          },
          "statement": {
            "text": "Mobil qruplar və işçi qrupu {value} nəfəri insan alveri əlamətləri üzrə yoxlayıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Проверены мобильными группами",
            "review": "draft"
          },
          "statement": {
            "text": "Мобильные группы и оперативная группа проверили на признаки торговли людьми {value} {one:человека|few:человек|many:человек|other:человека}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "screening.mobile_groups.locations",
      "label": "Locations screened",
      "description": "Locations (hotels, bars, nightclubs, bathhouses and the like) where the law-enforcement mobile groups' screening took place.",
      "unit": "locations",
      "topic": "screening",
      "statement": "The screening took place at {value} {location|locations}",
      "observations": [
        {
          "year": 2018,
          "value": 98,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "at 98 locations (149 in 2017), such as hotels, bars"
          }
        },
        {
          "year": 2017,
          "value": 149,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "at 98 locations (149 in 2017), such as hotels, bars"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Yoxlanılan məkanlar",
            "review": "draft"
          },
          "statement": {
            "text": "Yoxlama {value} məkanda aparılıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Места проверок",
            "review": "draft"
          },
          "statement": {
            "text": "Проверки прошли в {value} {one:месте|few:местах|many:местах|other:места}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "screening.labor_high_risk",
      "label": "Interviewed as high-risk",
      "description": "Individuals deemed \"high-risk\" and interviewed because they worked at businesses that violated labor standards. They are not victims.",
      "unit": "persons",
      "topic": "screening",
      "statement": "Authorities interviewed {value} {individual|individuals} deemed high-risk",
      "observations": [
        {
          "year": 2018,
          "value": 17,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Authorities interviewed another 17 individuals deemed as “high-risk” (55 in 2017)"
          }
        },
        {
          "year": 2017,
          "value": 55,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Authorities interviewed another 17 individuals deemed as “high-risk” (55 in 2017)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Yüksək riskli sayılıb müsahibə alınanlar",
            "review": "draft"
          },
          "statement": {
            "text": "Səlahiyyətli orqanlar yüksək riskli sayılan {value} nəfərlə müsahibə aparıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Опрошены как лица высокого риска",
            "review": "draft"
          },
          "statement": {
            "text": "Власти опросили {value} {one:человека|few:человек|many:человек|other:человека} из группы высокого риска",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "screening.deportees",
      "label": "Deportees screened",
      "description": "Georgian nationals deported from other countries and screened at the international airport and border crossings. Screened is not identified.",
      "unit": "persons",
      "topic": "screening",
      "statement": "Authorities screened {value} deported {national|nationals}",
      "observations": [
        {
          "year": 2018,
          "value": 3009,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Authorities screened 3,009 Georgian nationals deported from other countries"
          }
        },
        {
          "year": 2017,
          "value": 3085,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "at the international airport and border crossings (3,085 in 2017)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Yoxlanılan deportasiya olunmuş vətəndaşlar",
            "review": "draft"
          },
          "statement": {
            "text": "Səlahiyyətli orqanlar deportasiya olunmuş {value} vətəndaşı yoxlayıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Проверены депортированные граждане",
            "review": "draft"
          },
          "statement": {
            "text": "Власти проверили {value} {one:депортированного гражданина|few:депортированных граждан|many:депортированных граждан|other:депортированного гражданина}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "crisis_centers.cities",
      "label": "Cities with crisis centers",
      "description": "Cities with government-run crisis centers that took potential victims awaiting official status.",
      "unit": "cities",
      "topic": "shelter",
      "statement": "Government-run crisis centers operated in {value} {city|cities}",
      "observations": [
        {
          "year": 2018,
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2019-trafficking-in-persons-report-2/georgia/",
            "locator": "Government-run crisis centers in four cities, including a new crisis center"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Böhran mərkəzləri olan şəhərlər",
            "review": "draft"
          },
          "statement": {
            "text": "Dövlət böhran mərkəzləri {value} şəhərdə fəaliyyət göstərib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Города с кризисными центрами",
            "review": "draft"
          },
          "statement": {
            "text": "Государственные кризисные центры работали в {value} {one:городе|few:городах|many:городах|other:города}",
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
      "id": "victims.by_exploitation_begging",
      "label": "Identified victims by form of exploitation, forced begging written beside sex trafficking",
      "total": "victims.identified",
      "parts": [
        "victims.identified.sex_trafficking",
        "victims.identified.forced_labor.forced_begging"
      ],
      "additive": true,
      "years": [
        2018
      ],
      "note": "In 2018 the text writes forced begging beside sex trafficking, with no forced labor total.",
      "scheme": "exploitation"
    },
    {
      "id": "victims.by_sex",
      "label": "Identified victims by sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.female"
      ],
      "additive": true,
      "years": [
        2017,
        2018
      ],
      "note": "All victims were female: the one part is the total.",
      "scheme": "sex"
    }
  ],
  "findings": [],
  "nonFigures": []
};
