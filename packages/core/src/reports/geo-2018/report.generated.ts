// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "geo-2018",
  "title": "2018 Trafficking in Persons Report: Georgia",
  "publisher": "U.S. Department of State",
  "edition": 2018,
  "published": "2018-06",
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
    "start": "2017-04-01",
    "end": "2018-03-31"
  },
  "years": [
    2016,
    2017
  ],
  "reportingYear": 2017,
  "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
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
    }
  ],
  "facts": [
    {
      "id": "tier",
      "label": "Tier placement",
      "value": "Tier 1",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
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
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
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
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
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
          "year": 2017,
          "value": 12,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "The government identified 12 victims (three victims in 2016)"
          }
        },
        {
          "year": 2016,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "The government identified 12 victims (three victims in 2016)"
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
          "value": 1,
          "note": "The sentence gives the child no year; the 2019 edition places it in 2017 (\"one child victim in 2017\"). Not copied to 2016.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "female in 2016 and 2017; and one was a child"
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
          "year": 2016,
          "value": 3,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "all victims were female in 2016 and 2017"
          }
        },
        {
          "year": 2017,
          "value": 12,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "all victims were female in 2016 and 2017"
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
          "year": 2017,
          "value": 10,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "10 victims of sex trafficking and two victims of forced labor"
          }
        },
        {
          "year": 2016,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "two victims of forced labor (three sex trafficking victims in 2016)"
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
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "10 victims of sex trafficking and two victims of forced labor"
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
      "id": "screening.mobile_groups.individuals",
      "label": "Screened by mobile groups",
      "description": "Individuals that law-enforcement mobile groups or units and the task force(s) screened for trafficking indicators. Screened is not identified, and the population changes with the wording: people working at hotels, bars, nightclubs and bathhouses (2017 and 2018 data), people in commercial sex or employed in vulnerable sectors (2019 and 2020), and also begging (2021).",
      "unit": "persons",
      "topic": "screening",
      "statement": "Mobile groups and the task force screened {value} {individual|individuals}",
      "observations": [
        {
          "year": 2017,
          "value": 682,
          "note": "Mobile groups and task forces; people working at hotels, bars, nightclubs, and bathhouses.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "Mobile groups and task forces screened 682 individuals working at hotels"
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
      "id": "screening.labor_high_risk",
      "label": "Interviewed as high-risk",
      "description": "Individuals deemed \"high-risk\" and interviewed because they worked at businesses that violated labor standards. They are not victims.",
      "unit": "persons",
      "topic": "screening",
      "statement": "Authorities interviewed {value} {individual|individuals} deemed high-risk",
      "observations": [
        {
          "year": 2017,
          "value": 55,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "another 55 individuals deemed as “high-risk” from working at businesses"
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
          "year": 2017,
          "value": 3085,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/georgia/",
            "locator": "Authorities also screened 3,085 Georgian nationals deported from other countries"
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
      "id": "victims.by_sex",
      "label": "Identified victims by sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.female"
      ],
      "additive": true,
      "years": [
        2016,
        2017
      ],
      "note": "All victims were female in 2016 and 2017: the one part is the total.",
      "scheme": "sex"
    }
  ],
  "findings": [],
  "nonFigures": [
    {
      "text": "48-hour identification period",
      "reason": "the same rule as the 48-hour edition fact, not a figure of a year"
    }
  ]
};
