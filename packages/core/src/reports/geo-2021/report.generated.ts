// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "geo-2021",
  "title": "2021 Trafficking in Persons Report: Georgia",
  "publisher": "U.S. Department of State",
  "edition": 2021,
  "published": "2021-07",
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
    "start": "2020-04-01",
    "end": "2021-03-31"
  },
  "years": [
    2018,
    2019,
    2020
  ],
  "reportingYear": 2020,
  "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
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
        "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
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
          "year": 2020,
          "value": 7,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "The government identified seven victims (30 in 2019 and five in 2018)"
          }
        },
        {
          "year": 2019,
          "value": 30,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "The government identified seven victims (30 in 2019 and five in 2018)"
          }
        },
        {
          "year": 2018,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "The government identified seven victims (30 in 2019 and five in 2018)"
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
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "two adults were female, three adults were male, and three were children"
          }
        },
        {
          "year": 2019,
          "value": 30,
          "all": true,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "28 were female and two were male; all were children"
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
          "value": 28,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "28 were female and two were male; all were children"
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
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "28 were female and two were male; all were children"
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
          "year": 2020,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "two were victims of sex trafficking and five were victims of forced labor"
          }
        },
        {
          "year": 2019,
          "value": 24,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "In 2019, 24 were victims of sex trafficking and six were victims of forced begging"
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
          "year": 2020,
          "value": 5,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "two were victims of sex trafficking and five were victims of forced labor"
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
          "value": 3,
          "note": "Inside forced labor (\"including\").",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "victims of forced labor, including three victims of forced begging"
          }
        },
        {
          "year": 2019,
          "value": 6,
          "note": "Written beside sex trafficking, with no forced labor total for 2019 (it is at least 6).",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "In 2019, 24 were victims of sex trafficking and six were victims of forced begging"
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
      "id": "victims.identified.adult_female",
      "label": "Adult women",
      "description": "Identified victims who were adult women: a part of the breakdown by age and sex.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} adult female {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "two adults were female, three adults were male, and three were children"
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
      "id": "victims.identified.adult_male",
      "label": "Adult men",
      "description": "Identified victims who were adult men: a part of the breakdown by age and sex.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} adult male {victim|victims}",
      "observations": [
        {
          "year": 2020,
          "value": 3,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "two adults were female, three adults were male, and three were children"
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
      "id": "screening.mobile_groups.individuals",
      "label": "Screened by mobile groups",
      "description": "Individuals that law-enforcement mobile groups or units and the task force(s) screened for trafficking indicators. Screened is not identified, and the population changes with the wording: people working at hotels, bars, nightclubs and bathhouses (2017 and 2018 data), people in commercial sex or employed in vulnerable sectors (2019 and 2020), and also begging (2021).",
      "unit": "persons",
      "topic": "screening",
      "statement": "Mobile groups and the task force screened {value} {individual|individuals}",
      "observations": [
        {
          "year": 2020,
          "value": 467,
          "note": "Mobile units and the task force; people in commercial sex or employed in vulnerable sectors.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "Mobile units and the task force screened 467 individuals (651 in 2019)"
          }
        },
        {
          "year": 2019,
          "value": 651,
          "note": "Mobile units and the task force; people in commercial sex or employed in vulnerable sectors.",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "Mobile units and the task force screened 467 individuals (651 in 2019)"
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
          "year": 2020,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "Authorities interviewed an additional two individuals deemed “high-risk” (two in 2019)"
          }
        },
        {
          "year": 2019,
          "value": 2,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "Authorities interviewed an additional two individuals deemed “high-risk” (two in 2019)"
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
          "year": 2020,
          "value": 1177,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "Authorities screened 1,177 Georgian nationals deported from other countries"
          }
        },
        {
          "year": 2019,
          "value": 2521,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2021-trafficking-in-persons-report/georgia/",
            "locator": "at the international airport and border crossings (2,521 in 2019)"
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
        2020
      ],
      "note": "Forced begging is inside forced labor in 2020 (\"including\").",
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
        2019
      ],
      "note": "In 2019 the text writes forced begging beside sex trafficking, with no forced labor total.",
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
        2019
      ],
      "note": "All 30 were children: children are a subset here, not a part.",
      "scheme": "sex"
    },
    {
      "id": "victims.by_age_sex",
      "label": "Identified victims by age and sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.adult_female",
        "victims.identified.adult_male",
        "victims.identified.children"
      ],
      "additive": true,
      "years": [
        2020
      ],
      "scheme": "age_sex",
      "inconsistent": [
        {
          "year": 2020,
          "sum": 8,
          "total": 7,
          "note": "The text gives seven victims and splits them as two adult women, three adult men and three children, which make eight. Each part is kept as printed; none is corrected."
        }
      ]
    }
  ],
  "findings": [],
  "nonFigures": []
};
