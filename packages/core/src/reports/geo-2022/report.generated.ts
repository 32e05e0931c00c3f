// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "geo-2022",
  "title": "2022 Trafficking in Persons Report: Georgia",
  "publisher": "U.S. Department of State",
  "edition": 2022,
  "published": "2022-07",
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
    "start": "2021-04-01",
    "end": "2022-03-31"
  },
  "years": [
    2020,
    2021
  ],
  "reportingYear": 2021,
  "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
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
      "id": "groups",
      "kind": "count",
      "label": "groups",
      "translations": {
        "az": {
          "label": {
            "text": "qrup",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "группы",
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
      "value": "Tier 1",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
        "locator": "therefore Georgia remained on Tier 1",
        "copy": "second_copy"
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
          "value": 4,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "The government identified four victims, compared with seven victims in 2020"
          }
        },
        {
          "year": 2020,
          "value": 7,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "The government identified four victims, compared with seven victims in 2020"
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
          "value": 2,
          "derived": true,
          "formula": "victims.identified.children.boys + victims.identified.children.girls",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "with two adult male victims, one boy, and one girl"
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
          "value": 4,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "All were victims of forced labor with two adult male victims"
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
      "id": "victims.identified.adult_male",
      "label": "Adult men",
      "description": "Identified victims who were adult men: a part of the breakdown by age and sex.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} adult male {victim|victims}",
      "observations": [
        {
          "year": 2021,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "with two adult male victims, one boy, and one girl"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Yetkin kişilər",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət {value} yetkin kişi qurban müəyyən edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Взрослые мужчины",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство выявило {value} {one:жертву|few:жертвы|many:жертв|other:жертвы} среди взрослых мужчин",
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
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "with two adult male victims, one boy, and one girl"
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
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "with two adult male victims, one boy, and one girl"
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
      "id": "screening.mobile_groups.individuals",
      "label": "Screened by mobile groups",
      "description": "Individuals that law-enforcement mobile groups or units and the task force(s) screened for trafficking indicators. Screened is not identified, and the population changes with the wording: people working at hotels, bars, nightclubs and bathhouses (2017 and 2018 data), people in commercial sex or employed in vulnerable sectors (2019 and 2020), and also begging (2021).",
      "unit": "persons",
      "topic": "screening",
      "statement": "Mobile groups and the task force screened {value} {individual|individuals}",
      "observations": [
        {
          "year": 2021,
          "value": 444,
          "note": "Mobile units and the task force; people in commercial sex, begging, or employed in vulnerable sectors: a wider population than before.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "Mobile units and the task force screened 444 individuals in commercial sex, begging"
          }
        },
        {
          "year": 2020,
          "value": 467,
          "note": "Mobile units and the task force; restated unchanged under the wider wording, which now includes begging.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "vulnerable sectors for trafficking indicators (467 individuals in 2020)"
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
          "year": 2021,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "Authorities interviewed an additional two individuals deemed “high-risk”"
          }
        },
        {
          "year": 2020,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "businesses that violated labor standards (two in 2020)"
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
          "year": 2021,
          "value": 624,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "Authorities screened 624 Georgian nationals deported from other countries"
          }
        },
        {
          "year": 2020,
          "value": 1177,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "at the international airport and border crossings (1,177 in 2020)"
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
      "id": "asc_mobile_groups.count",
      "label": "ASC mobile groups",
      "description": "Mobile groups of the Agency for State Care (ASC) that identify potential victims among homeless and street children. Not the law-enforcement mobile groups: their counts are never added.",
      "unit": "groups",
      "topic": "assistance",
      "statement": "The Agency for State Care operated {value} mobile {group|groups}",
      "observations": [
        {
          "year": 2021,
          "value": 7,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "The Agency for State Care (ASC) also operated seven mobile groups"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Dövlət Qayğı Agentliyinin mobil qrupları",
            "review": "draft"
          },
          "statement": {
            "text": "Dövlət Qayğı Agentliyi {value} mobil qrup işlədib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Мобильные группы Агентства государственной опеки",
            "review": "draft"
          },
          "statement": {
            "text": "Агентство государственной опеки содержало {value} {one:мобильную группу|few:мобильные группы|many:мобильных групп|other:мобильной группы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "asc_mobile_groups.children_assisted",
      "label": "Children assisted by ASC mobile groups",
      "description": "Children the Agency for State Care's mobile groups assisted.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "The Agency for State Care's mobile groups assisted {value} {child|children}",
      "observations": [
        {
          "year": 2021,
          "value": 245,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2022-trafficking-in-persons-report/georgia/",
            "locator": "in the Adjara region; mobile groups assisted 245 children"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "ASC mobil qruplarının kömək etdiyi uşaqlar",
            "review": "draft"
          },
          "statement": {
            "text": "Dövlət Qayğı Agentliyinin mobil qrupları {value} uşağa kömək edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Дети, которым помогли мобильные группы АГО",
            "review": "draft"
          },
          "statement": {
            "text": "Мобильные группы Агентства государственной опеки помогли {value} {one:ребёнку|few:детям|many:детям|other:ребёнка}",
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
        2021
      ],
      "note": "All were victims of forced labor.",
      "scheme": "exploitation"
    },
    {
      "id": "victims.by_age_sex",
      "label": "Identified victims by age and sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.adult_male",
        "victims.identified.children.boys",
        "victims.identified.children.girls"
      ],
      "additive": true,
      "years": [
        2021
      ],
      "note": "No adult woman is named.",
      "scheme": "age_sex"
    }
  ],
  "findings": [],
  "nonFigures": [
    {
      "text": "November 2021",
      "reason": "a date (a new mobile group created in November 2021)"
    }
  ]
};
