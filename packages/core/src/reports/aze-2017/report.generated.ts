// Generated from report.json by scripts/build-data.mjs. Do not edit.
import type { Report } from '../../schema/report.js';

export const report: Report = {
  "id": "aze-2017",
  "title": "2017 Trafficking in Persons Report: Azerbaijan",
  "publisher": "U.S. Department of State",
  "edition": 2017,
  "published": "2017-06",
  "country": {
    "alpha3": "AZE",
    "alpha2": "AZ",
    "name": "Azerbaijan"
  },
  "section": "protection",
  "tier": "Tier 2",
  "reportingPeriod": {
    "start": "2016-04-01",
    "end": "2017-03-31"
  },
  "years": [
    2015,
    2016
  ],
  "reportingYear": 2016,
  "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
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
    },
    {
      "id": "azn_per_victim",
      "kind": "money",
      "label": "Azerbaijani manat per victim",
      "currency": "AZN",
      "written": "{amount} manat",
      "per": "per victim",
      "translations": {
        "az": {
          "label": {
            "text": "Azərbaycan manatı, hər qurbana",
            "review": "draft"
          },
          "written": {
            "text": "{amount} manat",
            "review": "glossary"
          },
          "per": {
            "text": "hər qurbana",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "азербайджанский манат на жертву",
            "review": "draft"
          },
          "written": {
            "text": "{amount} {one:манат|few:маната|many:манатов|other:маната}",
            "review": "glossary"
          },
          "per": {
            "text": "на жертву",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "azn_per_person_month",
      "kind": "money",
      "label": "Azerbaijani manat per person per month",
      "currency": "AZN",
      "written": "{amount} manat",
      "per": "per person per month",
      "translations": {
        "az": {
          "label": {
            "text": "Azərbaycan manatı, bir nəfərə ayda",
            "review": "draft"
          },
          "written": {
            "text": "{amount} manat",
            "review": "glossary"
          },
          "per": {
            "text": "bir nəfərə ayda",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "азербайджанский манат на человека в месяц",
            "review": "draft"
          },
          "written": {
            "text": "{amount} {one:манат|few:маната|many:манатов|other:маната}",
            "review": "glossary"
          },
          "per": {
            "text": "на человека в месяц",
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
    }
  ],
  "facts": [
    {
      "id": "tier",
      "label": "Tier placement",
      "value": "Tier 2",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
        "locator": "Azerbaijan remained on Tier 2"
      }
    },
    {
      "id": "referral_deadline",
      "label": "Referral deadline in the standard operating procedures",
      "value": 48,
      "unit": "hours",
      "source": {
        "kind": "cited",
        "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
        "locator": "refer potential victims within 48 hours to ATD"
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
          "year": 2016,
          "value": 70,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "The government identified 70 trafficking victims"
          }
        },
        {
          "year": 2015,
          "value": 63,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "compared with 63 victims in 2015"
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
          "value": 69,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "Sixty-nine victims were female and one was male"
          }
        },
        {
          "year": 2015,
          "value": 56,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "compared to 56 female victims, six male victims"
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
          "year": 2016,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "Sixty-nine victims were female and one was male"
          }
        },
        {
          "year": 2015,
          "value": 6,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "compared to 56 female victims, six male victims"
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
          "value": 0,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "The government did not identify any child victims."
          }
        },
        {
          "year": 2015,
          "value": 1,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "and a child victim in 2015"
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
      "id": "funding.victim_protection",
      "label": "Spent on victim protection",
      "description": "What the Anti-Trafficking Department spent on victim protection, in manat, with the dollar figure the report gives.",
      "unit": "AZN",
      "topic": "funding",
      "statement": "ATD {basis} {value} on victim protection",
      "observations": [
        {
          "year": 2016,
          "value": 154000,
          "usd": 83696,
          "approximate": true,
          "basis": "spent",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "ATD spent approximately 154,000 manat ($83,696)"
          }
        },
        {
          "year": 2015,
          "value": 109000,
          "usd": 59239,
          "approximate": true,
          "basis": "spent",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "approximately 109,000 manat ($59,239) from 2015"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Qurbanların müdafiəsinə xərclənib",
            "review": "draft"
          },
          "statement": {
            "text": "Baş İdarə qurbanların müdafiəsinə {value} {basis}",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Израсходовано на защиту жертв",
            "review": "draft"
          },
          "statement": {
            "text": "Главное управление {basis} {value} на защиту жертв",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "funding.vac",
      "label": "Allocated to the Victim Assistance Center",
      "description": "What the government allocated to the Victim Assistance Center, in manat, with the dollar figure the report gives.",
      "unit": "AZN",
      "topic": "funding",
      "statement": "The government {basis} {value} to the Victim Assistance Center",
      "observations": [
        {
          "year": 2016,
          "value": 48000,
          "usd": 26086,
          "basis": "allocated",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "allocated 48,000 manat ($26,086) to the Victim Assistance Center"
          }
        },
        {
          "year": 2015,
          "value": 44000,
          "usd": 23913,
          "basis": "allocated",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "an increase from 44,000 manat ($23,913) in 2015"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Mərkəzə ayrılıb",
            "review": "draft"
          },
          "statement": {
            "text": "Hökumət İnsan Alveri Qurbanlarına Yardım Mərkəzi üçün {value} {basis}",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Выделено Центру помощи",
            "review": "draft"
          },
          "statement": {
            "text": "Правительство {basis} {value} Центру помощи жертвам торговли людьми",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "funding.mia_to_civil_society",
      "label": "MIA allocation to civil society",
      "description": "What the Ministry of Internal Affairs allocated to civil society groups that support victims, in manat.",
      "unit": "AZN",
      "topic": "funding",
      "statement": "The Ministry of Internal Affairs {basis} {value} to civil society groups that support victims",
      "observations": [
        {
          "year": 2016,
          "value": 15000,
          "usd": 8152,
          "basis": "allocated",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "allocated 15,000 manat ($8,152) to civil society"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "DİN-in vətəndaş cəmiyyətinə ayırdığı vəsait",
            "review": "draft"
          },
          "statement": {
            "text": "Daxili İşlər Nazirliyi qurbanlara dəstək verən vətəndaş cəmiyyəti təşkilatları üçün {value} {basis}",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Выделено МВД организациям гражданского общества",
            "review": "draft"
          },
          "statement": {
            "text": "МВД {basis} {value} организациям гражданского общества, поддерживающим жертв",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "allowance.one_time",
      "label": "One-time allowance per victim",
      "description": "The one-time allowance paid to each officially recognized victim, in manat.",
      "unit": "azn_per_victim",
      "topic": "assistance",
      "statement": "The one-time allowance for officially recognized victims was {value}",
      "observations": [
        {
          "year": 2016,
          "value": 400,
          "usd": 217,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "one-time allowance of 400 manat ($217)"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Birdəfəli müavinət (hər qurbana)",
            "review": "draft"
          },
          "statement": {
            "text": "Rəsmi olaraq qurban kimi tanınmış şəxslərə birdəfəli müavinət {value} olub",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Единовременное пособие на жертву",
            "review": "glossary"
          },
          "statement": {
            "text": "Единовременное пособие официально признанным жертвам составило {value}",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "shelter.cost_per_resident_month",
      "label": "Shelter cost per resident per month",
      "description": "What ATD spent per person per month at the government shelter, in manat.",
      "unit": "azn_per_person_month",
      "topic": "shelter",
      "statement": "ATD {basis} {value} at the government shelter",
      "observations": [
        {
          "year": 2016,
          "value": 900,
          "usd": 489,
          "approximate": true,
          "basis": "spent",
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "approximately 900 manat ($489) a month"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Sığınacaqda bir nəfər üçün aylıq xərc",
            "review": "draft"
          },
          "statement": {
            "text": "Baş İdarə dövlət sığınacağında {value} {basis}",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Расходы приюта на человека в месяц",
            "review": "draft"
          },
          "statement": {
            "text": "Главное управление {basis} {value} в государственном приюте",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "referrals.civil_society_to_atd",
      "label": "Referred to ATD by NGOs",
      "description": "Potential victims NGOs referred to the Anti-Trafficking Department.",
      "unit": "persons",
      "topic": "referral",
      "statement": "NGOs referred {value} potential trafficking {victim|victims} to ATD",
      "observations": [
        {
          "year": 2016,
          "value": 466,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "NGOs referred 466 potential trafficking victims to ATD"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "QHT-lərin Baş İdarəyə yönləndirdikləri",
            "review": "draft"
          },
          "statement": {
            "text": "QHT-lər {value} potensial insan alveri qurbanını Baş İdarəyə yönləndirib",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Направлены НПО в Главное управление",
            "review": "draft"
          },
          "statement": {
            "text": "НПО направили в Главное управление {value} {one:потенциальную жертву|few:потенциальные жертвы|many:потенциальных жертв|other:потенциальной жертвы} торговли людьми",
            "review": "draft"
          }
        }
      }
    },
    {
      "id": "referrals.civil_society_to_atd.recognized",
      "label": "Of those, recognized by ATD",
      "description": "Potential victims referred by NGOs whom the Anti-Trafficking Department determined to be victims.",
      "unit": "persons",
      "topic": "referral",
      "parent": "referrals.civil_society_to_atd",
      "statement": "ATD determined {value} of the potential victims NGOs referred to be victims",
      "observations": [
        {
          "year": 2016,
          "value": 0,
          "source": {
            "kind": "cited",
            "url": "https://www.state.gov/reports/2017-trafficking-in-persons-report/azerbaijan/",
            "locator": "but none were determined to be victims"
          }
        }
      ],
      "translations": {
        "az": {
          "label": {
            "text": "Onlardan Baş İdarənin qurban kimi tanıdıqları",
            "review": "draft"
          },
          "statement": {
            "text": "Baş İdarə QHT-lərin yönləndirdiyi potensial qurbanlardan {value} nəfəri qurban kimi tanıyıb",
            "review": "draft"
          }
        },
        "ru": {
          "label": {
            "text": "Из них признаны жертвами",
            "review": "draft"
          },
          "statement": {
            "text": "Из потенциальных жертв, направленных НПО, Главное управление признало жертвами {value}",
            "review": "draft"
          }
        }
      }
    }
  ],
  "breakdowns": [
    {
      "id": "victims.by_sex",
      "label": "Identified victims by sex",
      "total": "victims.identified",
      "parts": [
        "victims.identified.female",
        "victims.identified.male",
        "victims.identified.children"
      ],
      "additive": true,
      "note": "This edition counts the child victims as a third part beside the female and male victims (one child in 2015, none in 2016). A breakdown by sex, not by form of exploitation."
    }
  ],
  "findings": [],
  "nonFigures": []
};
