// Generated from ru.json by scripts/build-data.mjs. Do not edit.
import type { Catalog } from '../i18n.js';

export const catalog: Catalog = {
  "id": "ru",
  "name": "Русский",
  "messages": {
    "sentence.changed": {
      "text": "{now} в {toYear} году: {direction} на {amount}{percent} по сравнению с {before} в {fromYear} году.",
      "review": "draft"
    },
    "sentence.unchanged": {
      "text": "{now} в {toYear} году, без изменений по сравнению с {before} в {fromYear} году.",
      "review": "glossary"
    },
    "direction.up": {
      "text": "рост",
      "review": "draft"
    },
    "direction.down": {
      "text": "снижение",
      "review": "glossary"
    },
    "direction.same": {
      "text": "без изменений",
      "review": "glossary"
    },
    "value.approximate": {
      "text": "около {value}",
      "review": "draft"
    },
    "note.otherEdition": {
      "text": "Показатель за {fromYear} год взят из доклада {fromEdition} года, за {toYear} год — из доклада {toEdition} года.",
      "review": "draft"
    },
    "note.citedBoth": {
      "text": "Оба показателя приведены по странице доклада {edition} года, а не процитированы из текста, который мы распространяем.",
      "review": "draft"
    },
    "note.citedBothEditions": {
      "text": "Оба показателя приведены по страницам докладов {fromEdition} и {toEdition} годов, а не процитированы из текста, который мы распространяем.",
      "review": "draft"
    },
    "note.citedOne": {
      "text": "Показатель за {year} год приведён по странице доклада {edition} года, а не процитирован из текста, который мы распространяем.",
      "review": "draft"
    },
    "note.basis": {
      "text": "За {fromYear} год указана {fromBasis} сумма, за {toYear} год — {toBasis}: это разные показатели.",
      "review": "draft"
    },
    "basis.spent.verb": {
      "text": "израсходовало",
      "review": "draft"
    },
    "basis.spent.adjective": {
      "text": "израсходованная",
      "review": "draft"
    },
    "basis.allocated.verb": {
      "text": "выделило",
      "review": "draft"
    },
    "basis.allocated.adjective": {
      "text": "выделенная",
      "review": "draft"
    },
    "oneYear.silent": {
      "text": "Показатель есть только за {year} год; ни один доклад не приводит данных за {missingYear} год.",
      "review": "draft"
    },
    "oneYear.notReported": {
      "text": "Показатель есть только за {year} год; за {missingYear} год нет данных.",
      "review": "draft"
    },
    "tier.Tier 1": {
      "text": "Уровень 1",
      "review": "glossary"
    },
    "tier.Tier 2": {
      "text": "Уровень 2",
      "review": "glossary"
    },
    "tier.Tier 2 Watch List": {
      "text": "Уровень 2 (список наблюдения)",
      "review": "glossary"
    },
    "tier.Tier 3": {
      "text": "Уровень 3",
      "review": "glossary"
    },
    "tierChange.upgraded": {
      "text": "{tier} (повышен)",
      "review": "draft"
    },
    "tierChange.downgraded": {
      "text": "{tier} (понижен)",
      "review": "glossary"
    },
    "tierChange.same": {
      "text": "{tier} (без изменений)",
      "review": "glossary"
    },
    "tier.waiver": {
      "text": "оставлен на уровне благодаря освобождению от понижения до уровня 3 (waiver)",
      "review": "draft"
    },
    "report.title": {
      "text": "Доклад о торговле людьми за {edition} год",
      "review": "glossary"
    },
    "report.publisher": {
      "text": "Государственный департамент США",
      "review": "glossary"
    },
    "provenance.quoted": {
      "text": "доклад {edition} года, цитата",
      "review": "draft"
    },
    "provenance.cited": {
      "text": "доклад {edition} года, ссылка",
      "review": "draft"
    },
    "provenance.quoteLabel": {
      "text": "Цитата из доклада на английском языке",
      "review": "draft"
    },
    "provenance.locatorLabel": {
      "text": "Слова на странице доклада на английском языке",
      "review": "draft"
    },
    "provenance.read": {
      "text": "Читать в докладе",
      "review": "draft"
    },
    "provenance.otherEditions": {
      "text": "В других выпусках доклада:",
      "review": "draft"
    },
    "provenance.agrees": {
      "text": "совпадает",
      "review": "draft"
    },
    "provenance.differs": {
      "text": "отличается",
      "review": "draft"
    },
    "ui.source": {
      "text": "Источник",
      "review": "draft"
    },
    "ui.table": {
      "text": "Таблица",
      "review": "draft"
    },
    "ui.chart": {
      "text": "График",
      "review": "draft"
    },
    "ui.trend": {
      "text": "Динамика",
      "review": "draft"
    },
    "ui.downloadCsv": {
      "text": "Скачать CSV",
      "review": "draft"
    },
    "ui.metric": {
      "text": "Показатель",
      "review": "draft"
    },
    "ui.change": {
      "text": "Изменение",
      "review": "draft"
    },
    "ui.from": {
      "text": "С года",
      "review": "draft"
    },
    "ui.to": {
      "text": "По год",
      "review": "draft"
    },
    "ui.yearsToCompare": {
      "text": "Сравниваемые годы",
      "review": "draft"
    },
    "ui.showAs": {
      "text": "Показать данные как",
      "review": "draft"
    },
    "ui.notReported": {
      "text": "нет данных",
      "review": "draft"
    },
    "ui.noFigure": {
      "text": "показателя нет",
      "review": "draft"
    },
    "ui.tierByEdition": {
      "text": "Уровень по выпускам доклада",
      "review": "draft"
    },
    "ui.citeAs": {
      "text": "Ссылка:",
      "review": "draft"
    },
    "ui.bundled": {
      "text": "Данные, встроенные в виджет.",
      "review": "draft"
    },
    "ui.live": {
      "text": "Данные, полученные в реальном времени из API tip-report.",
      "review": "draft"
    },
    "ui.cannotShow": {
      "text": "Это сравнение нельзя показать:",
      "review": "draft"
    },
    "ui.settingsNote": {
      "text": "Примечание о настройках виджета:",
      "review": "draft"
    },
    "ui.noRows": {
      "text": "Ни у одного показателя нет данных за оба года.",
      "review": "draft"
    },
    "problem.attribute": {
      "text": "{attribute} «{value}» не входит в список допустимых значений ({allowed}); показано {fallback}.",
      "review": "draft"
    },
    "problem.year": {
      "text": "{attribute} «{value}» — не год из {id}; данные есть за {allowed}.",
      "review": "draft"
    },
    "problem.invalid-parameter.title": {
      "text": "Недопустимый параметр",
      "review": "draft"
    },
    "problem.not-found.title": {
      "text": "Не найдено",
      "review": "draft"
    },
    "problem.method-not-allowed.title": {
      "text": "Метод не разрешён",
      "review": "draft"
    },
    "problem.internal-error.title": {
      "text": "Внутренняя ошибка",
      "review": "draft"
    },
    "number.percent": {
      "text": "{number} %",
      "review": "glossary"
    },
    "error.year.from": {
      "text": "Начальный год {year} не входит в {id}; данные есть за {years}",
      "review": "draft"
    },
    "error.year.to": {
      "text": "Конечный год {year} не входит в {id}; данные есть за {years}",
      "review": "draft"
    },
    "error.year.year": {
      "text": "Год {year} не входит в {id}; данные есть за {years}",
      "review": "draft"
    },
    "error.sameYear": {
      "text": "from и to — один и тот же год ({year}): выберите два разных года из {years}",
      "review": "draft"
    },
    "error.metric": {
      "text": "В {id} нет показателя {value}",
      "review": "draft"
    },
    "error.topic": {
      "text": "В {id} нет темы {value}",
      "review": "draft"
    }
  }
};
