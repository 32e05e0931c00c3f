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
    },
    "ui.sources": {
      "text": "Источники",
      "review": "draft"
    },
    "ui.sourcesLoading": {
      "text": "Источники загружаются…",
      "review": "draft"
    },
    "ui.sourcesFailed": {
      "text": "Не удалось загрузить источники.",
      "review": "draft"
    },
    "ui.loading": {
      "text": "Загрузка…",
      "review": "draft"
    },
    "ui.drawFailed": {
      "text": "Не удалось построить сравнение: {error}",
      "review": "draft"
    },
    "ui.loadFailed": {
      "text": "Не удалось загрузить это сравнение: код виджета не пришёл. Обновите страницу, чтобы попробовать ещё раз.",
      "review": "draft"
    },
    "ui.validChoices": {
      "text": "Допустимые значения: {allowed}.",
      "review": "draft"
    },
    "ui.validIds": {
      "text": "Допустимые идентификаторы: {allowed}.",
      "review": "draft"
    },
    "ui.problem.oneOf": {
      "text": "{attribute} \"{value}\" не входит в список: {allowed}; показано {fallback}.",
      "review": "draft"
    },
    "ui.problem.lang": {
      "text": "lang \"{value}\" не является языковым тегом BCP 47; виджет использует {fallback}.",
      "review": "draft"
    },
    "ui.problem.api": {
      "text": "api \"{value}\" не является адресом http(s); показаны данные, встроенные в виджет.",
      "review": "draft"
    },
    "ui.problem.year": {
      "text": "{attribute} \"{value}\" не является годом; данные есть за {years}.",
      "review": "draft"
    },
    "ui.problem.report": {
      "text": "report \"{value}\" — виджету неизвестен такой доклад.",
      "review": "draft"
    },
    "ui.problem.series": {
      "text": "series \"{value}\" — виджету неизвестна такая серия.",
      "review": "draft"
    },
    "ui.problem.unloaded": {
      "text": "{attribute} \"{value}\": не удалось загрузить данные.",
      "review": "draft"
    },
    "ui.problem.live": {
      "text": "Не удалось загрузить данные с {api} ({why}); показаны данные, встроенные в виджет.",
      "review": "draft"
    },
    "ui.problem.liveNone": {
      "text": "Не удалось загрузить данные с {api} ({why}), а своих данных у виджета нет.",
      "review": "draft"
    },
    "ui.problem.trend": {
      "text": "для view \"trend\" нужен атрибут series (series=\"{series}\"); показан график.",
      "review": "draft"
    },
    "ui.comparedWith": {
      "text": "{from} по сравнению с {to}",
      "review": "glossary"
    },
    "ui.yearRange": {
      "text": "{from}–{to}",
      "review": "draft"
    },
    "ui.reportSubtitle": {
      "text": "{title}, {publisher} ({tier})",
      "review": "glossary"
    },
    "ui.seriesSubtitle": {
      "text": "Доклады о торговле людьми, {publisher}: данные докладов за {editions}",
      "review": "draft"
    },
    "ui.trendSubtitle": {
      "text": "Доклады о торговле людьми за {first}–{last} годы, {publisher}",
      "review": "draft"
    },
    "ui.caption": {
      "text": "{country}, {section}: {years}.",
      "review": "draft"
    },
    "ui.section.protection": {
      "text": "Защита",
      "review": "draft"
    },
    "ui.onlyYear": {
      "text": "только {year}",
      "review": "draft"
    },
    "ui.onlyYearNote": {
      "text": "Данные только за {year}: сравнения нет.",
      "review": "draft"
    },
    "ui.figureInYear": {
      "text": "{year}: {now}.",
      "review": "draft"
    },
    "ui.derived": {
      "text": "(рассчитано)",
      "review": "draft"
    },
    "ui.figures": {
      "text": "Данные",
      "review": "draft"
    },
    "ui.figuresByYear": {
      "text": "Данные по годам",
      "review": "draft"
    },
    "ui.noPercent": {
      "text": "без процента: от 0",
      "review": "draft"
    },
    "ui.sourceNote": {
      "text": "«Источник» у каждой цифры показывает предложение доклада, из которого она взята.",
      "review": "draft"
    },
    "ui.seriesSourceNote": {
      "text": "«Источник» у каждой цифры называет доклад, где она приведена: для цитаты — само предложение, для ссылки — слова, по которым её можно найти на странице доклада.",
      "review": "draft"
    },
    "ui.dataApi": {
      "text": "API данных (JSON)",
      "review": "draft"
    },
    "ui.nowComparing": {
      "text": "Теперь сравниваются {from} и {to}.",
      "review": "draft"
    },
    "ui.moreOneYear": {
      "text": "Показатели с данными только за один из двух лет: {count}.",
      "review": "draft"
    },
    "ui.noFigureAnyYear": {
      "text": "Нет данных ни за один год.",
      "review": "draft"
    },
    "ui.editionsDiffer": {
      "text": "доклады расходятся",
      "review": "draft"
    },
    "ui.trendNotReported": {
      "text": "Нет данных: {years} (по докладам за {editions})",
      "review": "draft"
    },
    "ui.trendDiffers": {
      "text": "Доклады расходятся в данных за {years} ({fields}): см. «Источники».",
      "review": "draft"
    },
    "ui.difference.value": {
      "text": "значение",
      "review": "draft"
    },
    "ui.difference.usd": {
      "text": "доллары",
      "review": "draft"
    },
    "ui.difference.basis": {
      "text": "потрачено или выделено",
      "review": "draft"
    },
    "ui.difference.approximate": {
      "text": "приблизительно",
      "review": "draft"
    },
    "ui.axis": {
      "text": "Год · уровень",
      "review": "draft"
    },
    "ui.legendFigure": {
      "text": "значение",
      "review": "draft"
    },
    "ui.legendGap": {
      "text": "разрыв линии: нет данных",
      "review": "draft"
    },
    "ui.legendTier": {
      "text": "уровень: {tiers}; {waiver}: исключение",
      "review": "draft"
    },
    "ui.tierWaiverShort": {
      "text": "И",
      "review": "draft"
    },
    "ui.editionTier": {
      "text": "Доклад {edition} года (за {year} год): {tier}",
      "review": "draft"
    },
    "ui.asStated": {
      "text": "как указано в докладе.",
      "review": "draft"
    },
    "ui.asTextStates": {
      "text": "{how}, как указано в тексте.",
      "review": "draft"
    },
    "ui.derivedFrom": {
      "text": "в тексте не указано, а рассчитано ({formula}); цитата — основа расчёта.",
      "review": "draft"
    },
    "ui.basisSays": {
      "text": "В тексте: {basis}.",
      "review": "draft"
    },
    "ui.readOnPage": {
      "text": "Читать на странице доклада {edition} года",
      "review": "draft"
    },
    "ui.readIt": {
      "text": "Читать",
      "review": "draft"
    },
    "ui.newTab": {
      "text": "(сайт Государственного департамента, откроется в новой вкладке)",
      "review": "draft"
    },
    "ui.alsoDiffering": {
      "text": "Также приведено в докладах, с расхождением ({fields}):",
      "review": "draft"
    },
    "ui.alsoSame": {
      "text": "То же значение приведено в докладах:",
      "review": "draft"
    },
    "ui.differentValue": {
      "text": "(другое значение)",
      "review": "draft"
    },
    "ui.perDollar": {
      "text": "по курсу {rate} за доллар",
      "review": "draft"
    },
    "ui.notReportedBy": {
      "text": "{year}: нет данных ({how}).",
      "review": "draft"
    },
    "problem.bad-request.title": {
      "text": "Некорректный запрос",
      "review": "draft"
    },
    "problem.detail.noReport": {
      "text": "Доклада {id} нет.",
      "review": "draft"
    },
    "problem.detail.noSeries": {
      "text": "Серии {id} нет.",
      "review": "draft"
    },
    "problem.detail.noMetric": {
      "text": "В {id} нет показателя {value}.",
      "review": "draft"
    },
    "problem.detail.topic": {
      "text": "В {id} нет темы {value}; темы: {topics}",
      "review": "draft"
    },
    "problem.detail.nothingHere": {
      "text": "По адресу {path} ничего нет. Справочник API — по адресу /docs.",
      "review": "draft"
    },
    "problem.detail.methodNotAllowed": {
      "text": "Метод {method} здесь не разрешён; используйте {allow}.",
      "review": "draft"
    },
    "problem.detail.internal": {
      "text": "Сервер не смог ответить. Сообщая об ошибке, укажите идентификатор запроса (request id).",
      "review": "draft"
    },
    "problem.detail.noSourceText": {
      "text": "Текст {id} мы не распространяем: его показатели приведены, каждый со словами, в которых он указан, по его странице {url}. Доклады, текст которых мы распространяем, перечислены в allowed.",
      "review": "draft"
    },
    "problem.detail.notAbsoluteUrl": {
      "text": "url — не абсолютный URL.",
      "review": "draft"
    },
    "problem.detail.notEmbedUrl": {
      "text": "url должен быть страницей /embed этого сервера ({host}).",
      "review": "draft"
    },
    "problem.detail.noProblemType": {
      "text": "Типа проблемы {slug} нет.",
      "review": "draft"
    },
    "api.issue.oneOf": {
      "text": "допустимые значения: {allowed}",
      "review": "draft"
    },
    "api.issue.year": {
      "text": "год — это четыре цифры",
      "review": "draft"
    },
    "api.issue.required": {
      "text": "обязательный параметр",
      "review": "draft"
    },
    "api.issue.invalid": {
      "text": "недопустимое значение",
      "review": "draft"
    },
    "ui.country.AZ": {
      "text": "Азербайджан",
      "review": "draft"
    },
    "list.and": {
      "text": "и",
      "review": "draft"
    },
    "tierShort.Tier 1": {
      "text": "1",
      "review": "glossary"
    },
    "tierShort.Tier 2": {
      "text": "2",
      "review": "glossary"
    },
    "tierShort.Tier 2 Watch List": {
      "text": "2 СН",
      "review": "draft"
    },
    "tierShort.Tier 3": {
      "text": "3",
      "review": "glossary"
    },
    "oneYear.unseen": {
      "text": "Показатель есть только за {year} год; за {missingYear} год его нет в прочитанной нами части текста.",
      "review": "draft"
    },
    "basis.provided.verb": {
      "text": "предоставило",
      "review": "draft"
    },
    "basis.provided.adjective": {
      "text": "предоставленная",
      "review": "draft"
    },
    "cell.unseen": {
      "text": "нет в прочитанной нами части текста",
      "review": "draft"
    },
    "cell.notReported": {
      "text": "нет данных",
      "review": "draft"
    },
    "cell.silent": {
      "text": "в тексте нет данных",
      "review": "draft"
    },
    "countries.currencies": {
      "text": "Не сравнивается: показатели в разных валютах ({units}).",
      "review": "draft"
    },
    "countries.units": {
      "text": "Не сравнивается: показатели считают разное ({units}).",
      "review": "draft"
    },
    "countries.definitions": {
      "text": "Каждое правительство ведёт подсчёт по собственным определениям.",
      "review": "draft"
    },
    "note.coverage.none": {
      "text": "Раздел «Защита» докладов за {editions} прочитать не удалось.",
      "review": "draft"
    },
    "note.coverage.opening": {
      "text": "В докладах за {editions} прочитано только начало раздела «Защита».",
      "review": "draft"
    },
    "note.unseenYears": {
      "text": "{years}: нет в прочитанной нами части текста.",
      "review": "draft"
    },
    "note.notReportedYears": {
      "text": "{years}: нет данных.",
      "review": "draft"
    },
    "note.silentYears": {
      "text": "{years}: ни один доклад не приводит данных.",
      "review": "draft"
    },
    "note.inconsistent": {
      "text": "В {year} году части, приведённые в докладе {edition} года, дают в сумме {sum}, а не {total}; каждая сохранена как напечатана.",
      "review": "draft"
    },
    "note.partialPeriod": {
      "text": "Доклад {edition} года приводит также {value} за период с {start} по {end}: это часть года, а не отчётный год.",
      "review": "draft"
    },
    "error.series": {
      "text": "неизвестный ряд {value}; есть ряды: {allowed}",
      "review": "draft"
    },
    "error.yearOrder": {
      "text": "from {from} позже, чем to {to}: выберите более поздний год to",
      "review": "draft"
    },
    "problem.detail.noMetricAnywhere": {
      "text": "Ни в одном ряду нет показателя {value}.",
      "review": "draft"
    },
    "note.unseenEdition": {
      "text": "Доклад {edition} года тоже охватывает {year} год, но этого нет в прочитанной нами части текста.",
      "review": "draft"
    },
    "note.unseenEditions": {
      "text": "Доклады за {editions} тоже охватывают {year} год, но этого нет в прочитанной нами части текста.",
      "review": "draft"
    },
    "ui.difference.rounding": {
      "text": "округление",
      "review": "draft"
    }
  }
};
