// Generated from report.json and source.txt by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "aze-2018",
  "title": "2018 Trafficking in Persons Report: Azerbaijan",
  "publisher": "U.S. Department of State",
  "edition": 2018,
  "published": "2018-06",
  "country": {
    "alpha3": "AZE",
    "alpha2": "AZ",
    "name": "Azerbaijan"
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
  "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/azerbaijan/",
  "provenance": "quoted",
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
      "id": "AZN",
      "kind": "money",
      "label": "Azerbaijani manat",
      "currency": "AZN",
      "written": "{amount} manat",
      "translations": {
        "az": {
          "label": {
            "text": "Azərbaycan manatı",
            "review": "draft"
          },
          "written": {
            "text": "{amount} manat",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "азербайджанский манат",
            "review": "draft"
          },
          "written": {
            "text": "{amount} {one:манат|few:маната|many:манатов|other:маната}",
            "review": "glossary"
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
      "id": "referral",
      "label": "Referral",
      "headline": true,
      "translations": {
        "az": {
          "label": {
            "text": "Yönləndirmə",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Перенаправление",
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
      "id": "reintegration",
      "label": "Reintegration",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Reinteqrasiya",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Реинтеграция",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "ngo",
      "label": "NGOs",
      "headline": true,
      "translations": {
        "az": {
          "label": {
            "text": "QHT-lər",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "НПО",
            "review": "glossary"
          }
        }
      }
    },
    {
      "id": "permits",
      "label": "Residence permits",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Yaşamaq icazələri",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Разрешения на проживание",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "policy",
      "label": "Policy",
      "headline": false,
      "translations": {
        "az": {
          "label": {
            "text": "Siyasət",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Политика",
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
        "url": "https://www.state.gov/reports/2018-trafficking-in-persons-report/azerbaijan/",
        "locator": "Azerbaijan remained on Tier 2"
      }
    },
    {
      "id": "referral_deadline",
      "label": "Referral deadline in the standard operating procedures",
      "value": 24,
      "unit": "hours",
      "source": {
        "kind": "quoted",
        "quote": "refer potential victims within 24 hours to ATD",
        "start": 708,
        "end": 754
      }
    }
  ],
  "organisations": [
    {
      "id": "mia",
      "acronym": "MIA",
      "name": "Ministry of Internal Affairs",
      "description": "Runs the trafficking-specific shelter (the \"MIA-run shelter\")."
    },
    {
      "id": "atd",
      "acronym": "ATD",
      "name": "Anti-Trafficking Department",
      "parent": "mia",
      "description": "Receives referrals of potential victims and officially recognizes victims based on an investigation; refers victims to the VAC.",
      "outsideText": [
        "That ATD is the Ministry of Internal Affairs' department is not stated in this section."
      ],
      "gloss": {
        "text": "the Ministry of Internal Affairs' Main Department for Combating Trafficking in Human Beings",
        "source": "the name the Ministry of Internal Affairs and the government's anti-trafficking portal use (in Russian, news agencies)",
        "translations": {
          "az": {
            "text": {
              "text": "DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsi",
              "review": "glossary"
            },
            "source": {
              "text": "Daxili İşlər Nazirliyinin və hökumətin insan alverinə qarşı mübarizə portalının işlətdiyi ad",
              "review": "draft"
            }
          },
          "ru": {
            "text": {
              "text": "Главное управление по борьбе с торговлей людьми МВД",
              "review": "glossary"
            },
            "source": {
              "text": "название, которое используют информационные агентства",
              "review": "draft"
            }
          }
        }
      }
    },
    {
      "id": "vac",
      "acronym": "VAC",
      "name": "Victim Assistance Center",
      "locations": [
        "Baku",
        "Goychay"
      ],
      "description": "The center in Baku provided legal, psychological, medical and employment assistance; the government established a new one in Goychay to provide specialized rehabilitation services."
    },
    {
      "id": "sms",
      "acronym": "SMS",
      "name": "State Migration Service",
      "description": "Issued temporary residence permits for two victims from Russia and one victim from Ukraine."
    },
    {
      "id": "civil_society",
      "name": "Civil society",
      "description": "Refers potential victims to ATD and the VAC, and reports on ATD's review of referrals and on cooperation with the VAC."
    },
    {
      "id": "ngos",
      "acronym": "NGOs",
      "name": "Non-governmental organizations",
      "description": "Provided support services to some potential victims, as the government did, and ran shelters whose staff mostly worked on a voluntary basis. The government funded an NGO to provide training workshops for local police, but did not provide funding to NGO-run shelters. NGOs remained severely underfunded, and restrictive legislation governing foreign grants limited their ability to receive funding from foreign donors."
    }
  ],
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
          "value": 71,
          "source": {
            "kind": "quoted",
            "quote": "identified 71 trafficking victims",
            "start": 68,
            "end": 101
          }
        },
        {
          "year": 2016,
          "value": 70,
          "source": {
            "kind": "quoted",
            "quote": "70 in 2016",
            "start": 103,
            "end": 113
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
      "id": "victims.identified.female_sex_trafficking",
      "label": "Female, sex trafficking",
      "description": "Identified victims who were female victims of sex trafficking.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} female {victim|victims} of sex trafficking",
      "observations": [
        {
          "year": 2017,
          "value": 66,
          "source": {
            "kind": "quoted",
            "quote": "66 female victims of sex trafficking",
            "start": 116,
            "end": 152
          }
        },
        {
          "year": 2016,
          "value": 69,
          "source": {
            "kind": "quoted",
            "quote": "69 female sex trafficking victims",
            "start": 192,
            "end": 225
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
      "id": "victims.identified.male_forced_labor",
      "label": "Male, forced labor",
      "description": "Identified victims who were male victims of forced labor.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "The government identified {value} male {victim|victims} of forced labor",
      "observations": [
        {
          "year": 2017,
          "value": 5,
          "source": {
            "kind": "quoted",
            "quote": "five male victims of forced labor",
            "start": 157,
            "end": 190
          }
        },
        {
          "year": 2016,
          "value": 1,
          "source": {
            "kind": "quoted",
            "quote": "one male forced labor victim in 2016",
            "start": 230,
            "end": 266
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
          "value": 0,
          "source": {
            "kind": "quoted",
            "quote": "did not identify any child victims in both 2016 and 2017",
            "start": 284,
            "end": 340
          }
        },
        {
          "year": 2016,
          "value": 0,
          "source": {
            "kind": "quoted",
            "quote": "did not identify any child victims in both 2016 and 2017",
            "start": 284,
            "end": 340
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
      "id": "victims.identified.azerbaijani",
      "label": "Azerbaijani nationals",
      "description": "Identified victims who were Azerbaijani nationals.",
      "unit": "persons",
      "topic": "identification",
      "parent": "victims.identified",
      "statement": "{value} identified {victim was|victims were} Azerbaijani",
      "observations": [
        {
          "year": 2017,
          "value": 68,
          "source": {
            "kind": "quoted",
            "quote": "Sixty-eight victims were Azerbaijanis",
            "start": 342,
            "end": 379
          }
        },
        {
          "year": 2016,
          "value": 69,
          "derived": true,
          "formula": "victims.identified - victims.identified.foreign",
          "source": {
            "kind": "quoted",
            "quote": "70 in 2016",
            "start": 103,
            "end": 113
          },
          "restsOn": [
            {
              "kind": "quoted",
              "quote": "one foreign victim in 2016",
              "start": 412,
              "end": 438
            }
          ]
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Azərbaycan vətəndaşları",
            "review": "draft"
          },
          "statement": {
            "text": "Müəyyən edilmiş qurbanlardan {value} nəfəri Azərbaycan vətəndaşı olub",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Граждане Азербайджана",
            "review": "draft"
          },
          "statement": {
            "text": "Среди выявленных жертв {one:был|other:было} {value} {one:гражданин|few:гражданина|many:граждан|other:гражданина} Азербайджана",
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
          "year": 2017,
          "value": 3,
          "source": {
            "kind": "quoted",
            "quote": "three were foreign victims",
            "start": 384,
            "end": 410
          }
        },
        {
          "year": 2016,
          "value": 1,
          "source": {
            "kind": "quoted",
            "quote": "one foreign victim in 2016",
            "start": 412,
            "end": 438
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
      "id": "referrals.civil_society_to_atd",
      "label": "Referred to ATD by civil society",
      "description": "Potential victims civil society referred to the Anti-Trafficking Department.",
      "unit": "persons",
      "topic": "referral",
      "statement": "Civil society referred {value} potential {victim|victims} to the Anti-Trafficking Department",
      "observations": [
        {
          "year": 2017,
          "value": 6,
          "source": {
            "kind": "quoted",
            "quote": "Civil society referred six potential trafficking victims to ATD",
            "start": 1088,
            "end": 1151
          }
        },
        {
          "year": 2016,
          "value": 466,
          "source": {
            "kind": "quoted",
            "quote": "466 potential victims in 2016",
            "start": 1153,
            "end": 1182
          }
        }
      ],
      "glosses": [
        "atd"
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Vətəndaş cəmiyyətinin Baş İdarəyə yönləndirdikləri",
            "review": "draft"
          },
          "statement": {
            "text": "Vətəndaş cəmiyyəti {value} potensial qurbanı DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsinə yönləndirib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Направлены гражданским обществом в Главное управление",
            "review": "draft"
          },
          "statement": {
            "text": "Гражданское общество направило в Главное управление по борьбе с торговлей людьми МВД {value} {one:потенциальную жертву|few:потенциальные жертвы|many:потенциальных жертв|other:потенциальной жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "referrals.civil_society_to_atd.recognized",
      "label": "Of those, recognized by ATD",
      "description": "Potential victims referred by civil society whom the Anti-Trafficking Department recognized as victims.",
      "unit": "persons",
      "topic": "referral",
      "parent": "referrals.civil_society_to_atd",
      "statement": "The Anti-Trafficking Department recognized {value} of the potential victims civil society referred",
      "observations": [
        {
          "year": 2017,
          "value": 0,
          "source": {
            "kind": "quoted",
            "quote": "ATD determined none to be victims in both 2016 and 2017",
            "start": 1188,
            "end": 1243
          }
        },
        {
          "year": 2016,
          "value": 0,
          "source": {
            "kind": "quoted",
            "quote": "ATD determined none to be victims in both 2016 and 2017",
            "start": 1188,
            "end": 1243
          }
        }
      ],
      "glosses": [
        "atd"
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Onlardan Baş İdarənin qurban kimi tanıdıqları",
            "review": "draft"
          },
          "statement": {
            "text": "DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsi vətəndaş cəmiyyətinin yönləndirdiyi potensial qurbanlardan {value} nəfəri qurban kimi tanıyıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Из них признаны жертвами",
            "review": "draft"
          },
          "statement": {
            "text": "Из потенциальных жертв, направленных гражданским обществом, Главное управление по борьбе с торговлей людьми МВД признало жертвами {value}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "funding.victim_protection",
      "label": "Allocated for victim protection",
      "description": "What the government allocated for victim protection, in manat, with the dollar figure the report gives.",
      "unit": "AZN",
      "topic": "funding",
      "statement": "The government {basis} {value} for victim protection",
      "observations": [
        {
          "year": 2017,
          "value": 150530,
          "usd": 88030,
          "basis": "allocated",
          "source": {
            "kind": "quoted",
            "quote": "150,530 manat ($88,030)",
            "start": 1850,
            "end": 1873
          }
        },
        {
          "year": 2016,
          "value": 154000,
          "usd": 90060,
          "basis": "allocated",
          "source": {
            "kind": "quoted",
            "quote": "154,000 manat ($90,060) in 2016",
            "start": 1909,
            "end": 1940
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
      "id": "shelter.mia.recognized",
      "label": "MIA shelter: recognized victims",
      "description": "Officially recognized victims supported at the shelter run by the Ministry of Internal Affairs.",
      "unit": "persons",
      "topic": "shelter",
      "statement": "{value} officially recognized {victim|victims} received support at the MIA-run shelter",
      "observations": [
        {
          "year": 2017,
          "value": 65,
          "source": {
            "kind": "quoted",
            "quote": "65 officially recognized victims",
            "start": 2086,
            "end": 2118
          }
        },
        {
          "year": 2016,
          "value": 63,
          "source": {
            "kind": "quoted",
            "quote": "63 officially recognized victims",
            "start": 2186,
            "end": 2218
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "DİN sığınacağı: tanınmış qurbanlar",
            "review": "draft"
          },
          "statement": {
            "text": "DİN-in nəzarətində olan sığınacaqda rəsmi olaraq qurban kimi tanınmış {value} şəxs yardım alıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Приют МВД: признанные жертвы",
            "review": "draft"
          },
          "statement": {
            "text": "{value} {one:официально признанная жертва получила|few:официально признанные жертвы получили|many:официально признанных жертв получили|other:официально признанной жертвы получили} помощь в приюте МВД",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "shelter.mia.potential",
      "label": "MIA shelter: potential victims",
      "description": "Potential victims supported at the shelter run by the Ministry of Internal Affairs.",
      "unit": "persons",
      "topic": "shelter",
      "statement": "{value} potential {victim|victims} received support at the MIA-run shelter",
      "observations": [
        {
          "year": 2017,
          "value": 6,
          "source": {
            "kind": "quoted",
            "quote": "six potential victims received support at the MIA-run shelter",
            "start": 2123,
            "end": 2184
          }
        },
        {
          "year": 2016,
          "value": 7,
          "source": {
            "kind": "quoted",
            "quote": "seven potential victims in 2016",
            "start": 2223,
            "end": 2254
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "DİN sığınacağı: potensial qurbanlar",
            "review": "glossary"
          },
          "statement": {
            "text": "DİN-in nəzarətində olan sığınacaqda {value} potensial qurban yardım alıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Приют МВД: потенциальные жертвы",
            "review": "glossary"
          },
          "statement": {
            "text": "{value} {one:потенциальная жертва получила|few:потенциальные жертвы получили|many:потенциальных жертв получили|other:потенциальной жертвы получили} помощь в приюте МВД",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "vac.referrals.atd",
      "label": "Referred to the VAC by ATD",
      "description": "Victims the Anti-Trafficking Department referred to the Victim Assistance Center in Baku.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "The Anti-Trafficking Department referred {value} {victim|victims} to the Victim Assistance Center",
      "observations": [
        {
          "year": 2017,
          "value": 68,
          "source": {
            "kind": "quoted",
            "quote": "ATD referred 68 victims to the VAC",
            "start": 2727,
            "end": 2761
          }
        }
      ],
      "glosses": [
        "atd"
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Baş İdarənin Mərkəzə yönləndirdikləri",
            "review": "draft"
          },
          "statement": {
            "text": "DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsi {value} qurbanı İnsan Alveri Qurbanlarına Yardım Mərkəzinə yönləndirib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Направлены Главным управлением в Центр помощи",
            "review": "draft"
          },
          "statement": {
            "text": "Главное управление по борьбе с торговлей людьми МВД направило в Центр помощи жертвам торговли людьми {value} {one:жертву|few:жертвы|many:жертв|other:жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "vac.referrals.civil_society",
      "label": "Referred to the VAC by civil society",
      "description": "Potential victims civil society referred to the Victim Assistance Center in Baku.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "Civil society referred {value} potential {victim|victims} to the Victim Assistance Center",
      "observations": [
        {
          "year": 2017,
          "value": 28,
          "source": {
            "kind": "quoted",
            "quote": "civil society referred 28 potential victims to the VAC",
            "start": 2766,
            "end": 2820
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Vətəndaş cəmiyyətinin Mərkəzə yönləndirdikləri",
            "review": "draft"
          },
          "statement": {
            "text": "Vətəndaş cəmiyyəti {value} potensial qurbanı İnsan Alveri Qurbanlarına Yardım Mərkəzinə yönləndirib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Направлены гражданским обществом в Центр помощи",
            "review": "draft"
          },
          "statement": {
            "text": "Гражданское общество направило в Центр помощи жертвам торговли людьми {value} {one:потенциальную жертву|few:потенциальные жертвы|many:потенциальных жертв|other:потенциальной жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "vac.assistance.medical",
      "label": "VAC: medical aid",
      "description": "Officially recognized victims the Victim Assistance Center gave medical aid.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "The Victim Assistance Center gave {value} officially recognized {victim|victims} medical aid",
      "observations": [
        {
          "year": 2017,
          "value": 44,
          "source": {
            "kind": "quoted",
            "quote": "44 officially recognized victims with medical aid",
            "start": 2839,
            "end": 2888
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Mərkəz: tibbi yardım",
            "review": "glossary"
          },
          "statement": {
            "text": "İnsan Alveri Qurbanlarına Yardım Mərkəzi rəsmi olaraq tanınmış {value} qurbana tibbi yardım göstərib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Центр помощи: медицинская помощь",
            "review": "draft"
          },
          "statement": {
            "text": "Центр помощи жертвам торговли людьми оказал медицинскую помощь {value} {one:официально признанной жертве|other:официально признанным жертвам}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "vac.assistance.psychological",
      "label": "VAC: psychological assistance",
      "description": "Officially recognized victims the Victim Assistance Center gave psychological assistance.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "The Victim Assistance Center gave {value} officially recognized {victim|victims} psychological assistance",
      "observations": [
        {
          "year": 2017,
          "value": 52,
          "source": {
            "kind": "quoted",
            "quote": "52 with psychological assistance",
            "start": 2890,
            "end": 2922
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Mərkəz: psixoloji yardım",
            "review": "glossary"
          },
          "statement": {
            "text": "İnsan Alveri Qurbanlarına Yardım Mərkəzi rəsmi olaraq tanınmış {value} qurbana psixoloji yardım göstərib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Центр помощи: психологическая помощь",
            "review": "draft"
          },
          "statement": {
            "text": "Центр помощи жертвам торговли людьми оказал психологическую помощь {value} {one:официально признанной жертве|other:официально признанным жертвам}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "vac.assistance.legal",
      "label": "VAC: legal aid",
      "description": "Officially recognized victims the Victim Assistance Center gave legal aid.",
      "unit": "persons",
      "topic": "assistance",
      "statement": "The Victim Assistance Center gave {value} officially recognized {victim|victims} legal aid",
      "observations": [
        {
          "year": 2017,
          "value": 53,
          "source": {
            "kind": "quoted",
            "quote": "53 with legal aid",
            "start": 2928,
            "end": 2945
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Mərkəz: hüquqi yardım",
            "review": "glossary"
          },
          "statement": {
            "text": "İnsan Alveri Qurbanlarına Yardım Mərkəzi rəsmi olaraq tanınmış {value} qurbana hüquqi yardım göstərib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Центр помощи: юридическая помощь",
            "review": "draft"
          },
          "statement": {
            "text": "Центр помощи жертвам торговли людьми оказал юридическую помощь {value} {one:официально признанной жертве|other:официально признанным жертвам}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "reintegration.employment",
      "label": "Provided employment",
      "description": "Officially recognized and potential victims the government provided with employment.",
      "unit": "persons",
      "topic": "reintegration",
      "statement": "The government provided {value} officially recognized or potential {victim|victims} with employment",
      "observations": [
        {
          "year": 2017,
          "value": 21,
          "source": {
            "kind": "quoted",
            "quote": "21 officially recognized victims and potential victims with employment",
            "start": 2976,
            "end": 3046
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "İşlə təmin edilmə",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət rəsmi olaraq tanınmış və ya potensial {value} qurbanı işlə təmin edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Трудоустройство",
            "review": "glossary"
          },
          "statement": {
            "text": "Правительство трудоустроило {value} {one:официально признанную или потенциальную жертву|few:официально признанные или потенциальные жертвы|many:официально признанных или потенциальных жертв|other:официально признанной или потенциальной жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "reintegration.vocational_training",
      "label": "Vocational training",
      "description": "Officially recognized and potential victims the government provided with vocational training.",
      "unit": "persons",
      "topic": "reintegration",
      "statement": "The government provided {value} officially recognized or potential {victim|victims} with vocational training",
      "observations": [
        {
          "year": 2017,
          "value": 10,
          "source": {
            "kind": "quoted",
            "quote": "10 with vocational training",
            "start": 3051,
            "end": 3078
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Peşə hazırlığı",
            "review": "glossary"
          },
          "statement": {
            "text": "Hökumət rəsmi olaraq tanınmış və ya potensial {value} qurbanı peşə hazırlığı ilə təmin edib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Профессиональное обучение",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство обеспечило профессиональное обучение для {value} {one:официально признанной или потенциальной жертвы|other:официально признанных или потенциальных жертв}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "ngo_shelters.victims_supported",
      "label": "Supported by NGO-run shelters",
      "description": "Victims NGO-run shelters gave support and reintegration services, without government funding.",
      "unit": "persons",
      "topic": "ngo",
      "statement": "NGO-run shelters supported {value} {victim|victims}",
      "observations": [
        {
          "year": 2017,
          "value": 41,
          "source": {
            "kind": "quoted",
            "quote": "41 victims",
            "start": 3431,
            "end": 3441
          }
        },
        {
          "year": 2016,
          "value": 40,
          "source": {
            "kind": "quoted",
            "quote": "40 victims in 2016",
            "start": 3443,
            "end": 3461
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "QHT sığınacaqlarının dəstəklədikləri",
            "review": "glossary"
          },
          "statement": {
            "text": "QHT tərəfindən idarə olunan sığınacaqlar {value} qurbana dəstək verib",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Поддержаны приютами НПО",
            "review": "draft"
          },
          "statement": {
            "text": "Приюты, которыми управляют НПО, поддержали {value} {one:жертву|few:жертвы|many:жертв|other:жертвы}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "permits.temporary_residence",
      "label": "Victims given temporary residence permits",
      "description": "Victims to whom the State Migration Service issued temporary residence permits.",
      "unit": "persons",
      "topic": "permits",
      "statement": "The State Migration Service issued temporary residence permits to {value} {victim|victims}",
      "observations": [
        {
          "year": 2017,
          "value": 3,
          "derived": true,
          "formula": "permits.temporary_residence.russia + permits.temporary_residence.ukraine",
          "source": {
            "kind": "quoted",
            "quote": "issued temporary residence permits for two victims from Russia and one victim from Ukraine",
            "start": 3762,
            "end": 3852
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Müvəqqəti yaşamaq icazəsi verilmiş qurbanlar",
            "review": "glossary"
          },
          "statement": {
            "text": "Dövlət Miqrasiya Xidməti {value} qurbana müvəqqəti yaşamaq icazəsi verib",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Жертвы, получившие разрешение на временное проживание",
            "review": "draft"
          },
          "statement": {
            "text": "Государственная миграционная служба выдала разрешения на временное проживание {value} {one:жертве|other:жертвам}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "permits.temporary_residence.russia",
      "label": "Permits: victims from Russia",
      "description": "Victims from Russia to whom the State Migration Service issued temporary residence permits.",
      "unit": "persons",
      "topic": "permits",
      "parent": "permits.temporary_residence",
      "statement": "The State Migration Service issued temporary residence permits to {value} {victim|victims} from Russia",
      "observations": [
        {
          "year": 2017,
          "value": 2,
          "source": {
            "kind": "quoted",
            "quote": "two victims from Russia",
            "start": 3801,
            "end": 3824
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "İcazələr: Rusiyadan olan qurbanlar",
            "review": "glossary"
          },
          "statement": {
            "text": "Dövlət Miqrasiya Xidməti Rusiyadan olan {value} qurbana müvəqqəti yaşamaq icazəsi verib",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Разрешения: жертвы из России",
            "review": "draft"
          },
          "statement": {
            "text": "Государственная миграционная служба выдала разрешения на временное проживание {value} {one:жертве|other:жертвам} из России",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "permits.temporary_residence.ukraine",
      "label": "Permits: victims from Ukraine",
      "description": "Victims from Ukraine to whom the State Migration Service issued temporary residence permits.",
      "unit": "persons",
      "topic": "permits",
      "parent": "permits.temporary_residence",
      "statement": "The State Migration Service issued temporary residence permits to {value} {victim|victims} from Ukraine",
      "observations": [
        {
          "year": 2017,
          "value": 1,
          "source": {
            "kind": "quoted",
            "quote": "one victim from Ukraine",
            "start": 3829,
            "end": 3852
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "İcazələr: Ukraynadan olan qurbanlar",
            "review": "glossary"
          },
          "statement": {
            "text": "Dövlət Miqrasiya Xidməti Ukraynadan olan {value} qurbana müvəqqəti yaşamaq icazəsi verib",
            "review": "glossary"
          }
        },
        "ru": {
          "label": {
            "text": "Разрешения: жертвы из Украины",
            "review": "draft"
          },
          "statement": {
            "text": "Государственная миграционная служба выдала разрешения на временное проживание {value} {one:жертве|other:жертвам} из Украины",
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
        "victims.identified.male_forced_labor"
      ],
      "additive": true
    },
    {
      "id": "victims.by_nationality",
      "label": "Identified victims by nationality",
      "total": "victims.identified",
      "parts": [
        "victims.identified.azerbaijani",
        "victims.identified.foreign"
      ],
      "additive": true
    },
    {
      "id": "victims.children",
      "label": "Identified victims who were children",
      "total": "victims.identified",
      "parts": [
        "victims.identified.children"
      ],
      "additive": false,
      "note": "A subset of the total across the other breakdowns, not a partition."
    },
    {
      "id": "referrals.recognized",
      "label": "Civil-society referrals ATD recognized",
      "total": "referrals.civil_society_to_atd",
      "parts": [
        "referrals.civil_society_to_atd.recognized"
      ],
      "additive": false,
      "note": "A subset of the referrals."
    },
    {
      "id": "permits.by_origin",
      "label": "Victims given temporary residence permits, by country of origin",
      "total": "permits.temporary_residence",
      "parts": [
        "permits.temporary_residence.russia",
        "permits.temporary_residence.ukraine"
      ],
      "additive": true
    },
    {
      "id": "vac.assistance",
      "label": "Assistance the VAC gave recognized victims, by kind",
      "parts": [
        "vac.assistance.medical",
        "vac.assistance.psychological",
        "vac.assistance.legal"
      ],
      "additive": false,
      "note": "One victim may receive several kinds of assistance: never sum these."
    },
    {
      "id": "reintegration",
      "label": "Reintegration services by kind",
      "parts": [
        "reintegration.employment",
        "reintegration.vocational_training"
      ],
      "additive": false,
      "note": "The text does not say whether the groups overlap: do not sum them."
    }
  ],
  "findings": [
    {
      "id": "policy.assessment",
      "topic": "policy",
      "stance": "neutral",
      "assessment": true,
      "summary": "The government maintained its victim protection efforts.",
      "source": {
        "kind": "quoted",
        "quote": "The government maintained victim protection efforts.",
        "start": 0,
        "end": 52
      }
    },
    {
      "id": "identification.no_child_victims",
      "topic": "identification",
      "stance": "negative",
      "summary": "The government did not identify any child victims in 2016 or in 2017.",
      "source": {
        "kind": "quoted",
        "quote": "The government did not identify any child victims in both 2016 and 2017.",
        "start": 269,
        "end": 341
      }
    },
    {
      "id": "identification.sops_exist",
      "topic": "identification",
      "stance": "neutral",
      "summary": "The government had standard operating procedures for victim identification, but first responders were either unaware of them or did not consistently follow and understand them.",
      "source": {
        "kind": "quoted",
        "quote": "The government had SOPs for victim identification but first responders, including law enforcement, immigration, and social services personnel, were either unaware of the procedures or did not consistently follow and understand them.",
        "start": 441,
        "end": 673
      }
    },
    {
      "id": "identification.sops_not_followed",
      "topic": "identification",
      "stance": "negative",
      "summary": "First responders, including law enforcement, immigration and social services personnel, were unaware of the procedures or did not consistently follow and understand them.",
      "source": {
        "kind": "quoted",
        "quote": "first responders, including law enforcement, immigration, and social services personnel, were either unaware of the procedures or did not consistently follow and understand them",
        "start": 495,
        "end": 672
      }
    },
    {
      "id": "referral.within_24_hours",
      "topic": "referral",
      "stance": "neutral",
      "summary": "The standard operating procedures required first responders to refer potential victims to ATD within 24 hours; ATD officially recognized victims based on an investigation.",
      "source": {
        "kind": "quoted",
        "quote": "SOPs required first responders to refer potential victims within 24 hours to ATD, who officially recognized victims based on an investigation.",
        "start": 674,
        "end": 816
      }
    },
    {
      "id": "assistance.support_for_potential_victims",
      "topic": "assistance",
      "stance": "positive",
      "summary": "NGOs and the government provided support services to some potential victims.",
      "source": {
        "kind": "quoted",
        "quote": "NGOs and the government provided support services to some potential victims",
        "start": 817,
        "end": 892
      }
    },
    {
      "id": "assistance.unrecognized_excluded",
      "topic": "assistance",
      "stance": "negative",
      "summary": "Individuals without official recognition did not receive the one-time government-provided allowance.",
      "source": {
        "kind": "quoted",
        "quote": "individuals without official recognition did not receive the one-time government-provided allowance",
        "start": 903,
        "end": 1002
      }
    },
    {
      "id": "assistance.unrecognized_no_civil_claim",
      "topic": "assistance",
      "stance": "negative",
      "summary": "Individuals without official recognition could not bring a civil claim against the alleged traffickers.",
      "source": {
        "kind": "quoted",
        "quote": "did not have the ability to bring a civil claim against the alleged traffickers",
        "start": 1007,
        "end": 1086
      }
    },
    {
      "id": "referral.referrals_not_recognized",
      "topic": "referral",
      "stance": "negative",
      "summary": "ATD determined none of civil society's referrals to be victims, in 2016 or in 2017.",
      "source": {
        "kind": "quoted",
        "quote": "ATD determined none to be victims in both 2016 and 2017",
        "start": 1188,
        "end": 1243
      }
    },
    {
      "id": "referral.adequate_review",
      "topic": "referral",
      "stance": "positive",
      "summary": "Civil society members noted that ATD adequately reviewed referred cases in making those determinations in 2017.",
      "attributedTo": "civil society members",
      "source": {
        "kind": "quoted",
        "quote": "civil society members noted ATD did conduct adequate review of referred cases in making such determinations in 2017",
        "start": 1245,
        "end": 1360
      }
    },
    {
      "id": "identification.minimal_proactive_effort",
      "topic": "identification",
      "stance": "negative",
      "summary": "Observers reported minimal efforts to proactively identify Azerbaijani victims of internal trafficking, including children.",
      "attributedTo": "observers",
      "source": {
        "kind": "quoted",
        "quote": "Observers reported minimal efforts to proactively identify Azerbaijani victims of internal trafficking, including children",
        "start": 1362,
        "end": 1484
      }
    },
    {
      "id": "identification.transnational_overemphasis",
      "topic": "identification",
      "stance": "negative",
      "summary": "As a result of the minimal efforts observers reported, all officially identified victims were foreign victims exploited in Azerbaijan or Azerbaijani victims repatriated from foreign countries, likely reflecting an overemphasis on transnational movement.",
      "source": {
        "kind": "quoted",
        "quote": "as a result, all officially identified victims were foreign victims exploited in Azerbaijan or Azerbaijani victims repatriated from foreign countries, likely reflecting an overemphasis on transnational movement",
        "start": 1486,
        "end": 1696
      }
    },
    {
      "id": "identification.police_training",
      "topic": "identification",
      "stance": "positive",
      "summary": "The government funded an NGO to provide training workshops for local police on how to identify and assist trafficking victims.",
      "source": {
        "kind": "quoted",
        "quote": "The government-funded an NGO to provide training workshops for local police on how to identify and assist trafficking victims.",
        "start": 1698,
        "end": 1824
      }
    },
    {
      "id": "funding.allocation",
      "topic": "funding",
      "stance": "neutral",
      "summary": "The government allocated 150,530 manat ($88,030) for victim protection, compared to 154,000 manat ($90,060) in 2016.",
      "source": {
        "kind": "quoted",
        "quote": "The government allocated 150,530 manat ($88,030) for victim protection, compared to 154,000 manat ($90,060) in 2016.",
        "start": 1825,
        "end": 1941
      }
    },
    {
      "id": "shelter.mia_services",
      "topic": "shelter",
      "stance": "positive",
      "summary": "The MIA-run trafficking-specific shelter provided accommodation, financial assistance, legal assistance, and medical and psycho-social support.",
      "source": {
        "kind": "quoted",
        "quote": "The MIA-run trafficking-specific shelter provided accommodation, financial assistance, legal assistance, and medical and psycho-social support",
        "start": 1942,
        "end": 2084
      }
    },
    {
      "id": "shelter.separate_areas",
      "topic": "shelter",
      "stance": "positive",
      "summary": "The MIA-run shelter had separate areas for women, men and children.",
      "source": {
        "kind": "quoted",
        "quote": "The MIA-run shelter had separate areas for women, men, and children",
        "start": 2257,
        "end": 2324
      }
    },
    {
      "id": "shelter.limited_movement",
      "topic": "shelter",
      "stance": "negative",
      "summary": "The MIA-run shelter limited victims' freedom of movement and required them to submit an application to leave.",
      "source": {
        "kind": "quoted",
        "quote": "limited freedom of movement for victims and required victims to submit an application to leave the shelter",
        "start": 2329,
        "end": 2435
      }
    },
    {
      "id": "shelter.cooperation_required",
      "topic": "shelter",
      "stance": "negative",
      "summary": "Observers reported the MIA-run shelter generally did not accommodate victims who did not cooperate with law enforcement.",
      "attributedTo": "observers",
      "source": {
        "kind": "quoted",
        "quote": "Observers reported the MIA-run shelter generally did not accommodate victims who did not cooperate with law enforcement.",
        "start": 2437,
        "end": 2557
      }
    },
    {
      "id": "assistance.vac_services",
      "topic": "assistance",
      "stance": "positive",
      "summary": "The Victim Assistance Center in Baku provided legal, psychological, medical and employment assistance to officially recognized and potential trafficking victims.",
      "source": {
        "kind": "quoted",
        "quote": "The Victim Assistance Center (VAC) in Baku provided legal, psychological, medical, and employment assistance to officially recognized and potential trafficking victims.",
        "start": 2558,
        "end": 2726
      }
    },
    {
      "id": "reintegration.employment_and_training",
      "topic": "reintegration",
      "stance": "positive",
      "summary": "The government provided officially recognized and potential victims with employment and vocational training.",
      "source": {
        "kind": "quoted",
        "quote": "The government also provided 21 officially recognized victims and potential victims with employment and 10 with vocational training.",
        "start": 2947,
        "end": 3079
      }
    },
    {
      "id": "assistance.new_vac_goychay",
      "topic": "assistance",
      "stance": "positive",
      "summary": "The government established a new VAC in Goychay to provide specialized rehabilitation services.",
      "source": {
        "kind": "quoted",
        "quote": "The government established a new VAC in Goychay to provide specialized rehabilitation services to trafficking victims.",
        "start": 3080,
        "end": 3198
      }
    },
    {
      "id": "assistance.vac_praised",
      "topic": "assistance",
      "stance": "positive",
      "summary": "Civil society reported good cooperation with the VAC and praised its reintegration services.",
      "attributedTo": "civil society",
      "source": {
        "kind": "quoted",
        "quote": "Civil society reported good cooperation with the VAC and praised their reintegration services.",
        "start": 3199,
        "end": 3293
      }
    },
    {
      "id": "ngo.no_government_funding",
      "topic": "ngo",
      "stance": "negative",
      "summary": "The government did not fund NGO-run shelters, though it relied heavily on their victim support and reintegration services.",
      "source": {
        "kind": "quoted",
        "quote": "The government did not provide funding to NGO-run shelters despite relying heavily on their victim support and reintegration services",
        "start": 3294,
        "end": 3427
      }
    },
    {
      "id": "ngo.underfunded",
      "topic": "ngo",
      "stance": "negative",
      "summary": "NGOs remained severely underfunded.",
      "source": {
        "kind": "quoted",
        "quote": "NGOs remained severely underfunded",
        "start": 3464,
        "end": 3498
      }
    },
    {
      "id": "ngo.foreign_grants_restricted",
      "topic": "ngo",
      "stance": "negative",
      "summary": "Restrictive legislation governing foreign grants limited NGOs' ability to receive funding from foreign donors.",
      "source": {
        "kind": "quoted",
        "quote": "restrictive legislation governing foreign grants limited NGOs’ ability to receive funding from foreign donors",
        "start": 3503,
        "end": 3612
      }
    },
    {
      "id": "ngo.volunteer_staff",
      "topic": "ngo",
      "stance": "negative",
      "summary": "Most NGO-run shelter staff who provided support services during the reporting period worked as volunteers.",
      "source": {
        "kind": "quoted",
        "quote": "Most NGO-run shelter staff who provided support services during the reporting period worked on a voluntary basis.",
        "start": 3614,
        "end": 3727
      }
    },
    {
      "id": "permits.residence_for_foreign_victims",
      "topic": "permits",
      "stance": "positive",
      "summary": "The State Migration Service issued temporary residence permits for two victims from Russia and one victim from Ukraine.",
      "source": {
        "kind": "quoted",
        "quote": "The State Migration Service (SMS) issued temporary residence permits for two victims from Russia and one victim from Ukraine.",
        "start": 3728,
        "end": 3853
      }
    }
  ],
  "nonFigures": [
    {
      "text": "2016",
      "reason": "a year (the comparison year)"
    },
    {
      "text": "2017",
      "reason": "a year (the reporting year)"
    },
    {
      "text": "one-time",
      "reason": "describes the allowance (paid once), not a count"
    },
    {
      "text": "first responders",
      "reason": "a job description, not an ordinal figure"
    }
  ],
  "sourceText": "The government maintained victim protection efforts. The government identified 71 trafficking victims (70 in 2016); 66 female victims of sex trafficking and five male victims of forced labor (69 female sex trafficking victims and one male forced labor victim in 2016). The government did not identify any child victims in both 2016 and 2017. Sixty-eight victims were Azerbaijanis and three were foreign victims (one foreign victim in 2016). The government had SOPs for victim identification but first responders, including law enforcement, immigration, and social services personnel, were either unaware of the procedures or did not consistently follow and understand them. SOPs required first responders to refer potential victims within 24 hours to ATD, who officially recognized victims based on an investigation. NGOs and the government provided support services to some potential victims; however, individuals without official recognition did not receive the one-time government-provided allowance and did not have the ability to bring a civil claim against the alleged traffickers. Civil society referred six potential trafficking victims to ATD (466 potential victims in 2016) but ATD determined none to be victims in both 2016 and 2017; civil society members noted ATD did conduct adequate review of referred cases in making such determinations in 2017. Observers reported minimal efforts to proactively identify Azerbaijani victims of internal trafficking, including children; as a result, all officially identified victims were foreign victims exploited in Azerbaijan or Azerbaijani victims repatriated from foreign countries, likely reflecting an overemphasis on transnational movement. The government-funded an NGO to provide training workshops for local police on how to identify and assist trafficking victims.\nThe government allocated 150,530 manat ($88,030) for victim protection, compared to 154,000 manat ($90,060) in 2016. The MIA-run trafficking-specific shelter provided accommodation, financial assistance, legal assistance, and medical and psycho-social support; 65 officially recognized victims and six potential victims received support at the MIA-run shelter (63 officially recognized victims and seven potential victims in 2016). The MIA-run shelter had separate areas for women, men, and children but limited freedom of movement for victims and required victims to submit an application to leave the shelter. Observers reported the MIA-run shelter generally did not accommodate victims who did not cooperate with law enforcement. The Victim Assistance Center (VAC) in Baku provided legal, psychological, medical, and employment assistance to officially recognized and potential trafficking victims. ATD referred 68 victims to the VAC and civil society referred 28 potential victims to the VAC. The VAC provided 44 officially recognized victims with medical aid, 52 with psychological assistance, and 53 with legal aid. The government also provided 21 officially recognized victims and potential victims with employment and 10 with vocational training. The government established a new VAC in Goychay to provide specialized rehabilitation services to trafficking victims. Civil society reported good cooperation with the VAC and praised their reintegration services. The government did not provide funding to NGO-run shelters despite relying heavily on their victim support and reintegration services to 41 victims (40 victims in 2016). NGOs remained severely underfunded and restrictive legislation governing foreign grants limited NGOs’ ability to receive funding from foreign donors. Most NGO-run shelter staff who provided support services during the reporting period worked on a voluntary basis. The State Migration Service (SMS) issued temporary residence permits for two victims from Russia and one victim from Ukraine."
};
