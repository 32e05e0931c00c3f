// Generated from az.json by scripts/build-data.mjs. Do not edit.
import type { Catalog } from '../i18n.js';

export const catalog: Catalog = {
  "id": "az",
  "name": "Azərbaycan dili",
  "messages": {
    "sentence.changed": {
      "text": "{now} ({toYear}). {fromYear} ilə müqayisədə {direction}: {amount}{percent}; {fromYear}: {before}.",
      "review": "draft"
    },
    "sentence.unchanged": {
      "text": "{now} ({toYear}). {fromYear} ilə müqayisədə dəyişməyib; {fromYear}: {before}.",
      "review": "draft"
    },
    "direction.up": {
      "text": "artım",
      "review": "glossary"
    },
    "direction.down": {
      "text": "azalma",
      "review": "glossary"
    },
    "direction.same": {
      "text": "dəyişməyib",
      "review": "draft"
    },
    "value.approximate": {
      "text": "təxminən {value}",
      "review": "draft"
    },
    "note.otherEdition": {
      "text": "{fromYear} göstəricisi {fromEdition} hesabatından, {toYear} göstəricisi isə {toEdition} hesabatından götürülüb.",
      "review": "draft"
    },
    "note.citedBoth": {
      "text": "Hər iki göstərici {edition} hesabatının səhifəsindən istinadla verilib, yaydığımız mətndən sitat deyil.",
      "review": "draft"
    },
    "note.citedBothEditions": {
      "text": "Hər iki göstərici {fromEdition} və {toEdition} hesabatlarının səhifələrindən istinadla verilib, yaydığımız mətndən sitat deyil.",
      "review": "draft"
    },
    "note.citedOne": {
      "text": "{year} göstəricisi {edition} hesabatının səhifəsindən istinadla verilib, yaydığımız mətndən sitat deyil.",
      "review": "draft"
    },
    "note.basis": {
      "text": "{fromYear} göstəricisi {fromBasis} məbləğdir, {toYear} göstəricisi isə {toBasis} məbləğ: bunlar eyni ölçü deyil.",
      "review": "draft"
    },
    "basis.spent.verb": {
      "text": "xərcləyib",
      "review": "draft"
    },
    "basis.spent.adjective": {
      "text": "xərclənmiş",
      "review": "draft"
    },
    "basis.allocated.verb": {
      "text": "ayırıb",
      "review": "draft"
    },
    "basis.allocated.adjective": {
      "text": "ayrılmış",
      "review": "draft"
    },
    "oneYear.silent": {
      "text": "Yalnız {year} üçün göstərici var; heç bir hesabat {missingYear} üçün rəqəm vermir.",
      "review": "draft"
    },
    "oneYear.notReported": {
      "text": "Yalnız {year} üçün göstərici var; {missingYear} üçün məlumat verilməyib.",
      "review": "glossary"
    },
    "tier.Tier 1": {
      "text": "Səviyyə 1",
      "review": "glossary"
    },
    "tier.Tier 2": {
      "text": "Səviyyə 2",
      "review": "glossary"
    },
    "tier.Tier 2 Watch List": {
      "text": "Səviyyə 2 (müşahidə siyahısı)",
      "review": "glossary"
    },
    "tier.Tier 3": {
      "text": "Səviyyə 3",
      "review": "glossary"
    },
    "tierChange.upgraded": {
      "text": "{tier} (yüksəlib)",
      "review": "glossary"
    },
    "tierChange.downgraded": {
      "text": "{tier} (endirilib)",
      "review": "glossary"
    },
    "tierChange.same": {
      "text": "{tier} (dəyişməyib)",
      "review": "draft"
    },
    "tier.waiver": {
      "text": "Səviyyə 3-ə endirilməkdən azad edilib (waiver)",
      "review": "draft"
    },
    "report.title": {
      "text": "“İnsan alveri” ilə bağlı {edition} il üzrə hesabat",
      "review": "glossary"
    },
    "report.publisher": {
      "text": "ABŞ Dövlət Departamenti",
      "review": "glossary"
    },
    "provenance.quoted": {
      "text": "{edition} hesabatı, sitat",
      "review": "draft"
    },
    "provenance.cited": {
      "text": "{edition} hesabatı, istinad",
      "review": "draft"
    },
    "provenance.quoteLabel": {
      "text": "İngilis dilindəki hesabatdan sitat",
      "review": "draft"
    },
    "provenance.locatorLabel": {
      "text": "İngilis dilindəki səhifədə olan sözlər",
      "review": "draft"
    },
    "provenance.read": {
      "text": "Hesabatda oxuyun",
      "review": "draft"
    },
    "provenance.otherEditions": {
      "text": "Digər hesabatlarda bu göstərici belədir:",
      "review": "draft"
    },
    "provenance.agrees": {
      "text": "uyğundur",
      "review": "draft"
    },
    "provenance.differs": {
      "text": "fərqlənir",
      "review": "draft"
    },
    "ui.source": {
      "text": "Mənbə",
      "review": "draft"
    },
    "ui.table": {
      "text": "Cədvəl",
      "review": "draft"
    },
    "ui.chart": {
      "text": "Qrafik",
      "review": "draft"
    },
    "ui.trend": {
      "text": "Dinamika",
      "review": "draft"
    },
    "ui.downloadCsv": {
      "text": "CSV yüklə",
      "review": "draft"
    },
    "ui.metric": {
      "text": "Göstərici",
      "review": "draft"
    },
    "ui.change": {
      "text": "Dəyişiklik",
      "review": "draft"
    },
    "ui.from": {
      "text": "Başlanğıc ili",
      "review": "draft"
    },
    "ui.to": {
      "text": "Son il",
      "review": "draft"
    },
    "ui.yearsToCompare": {
      "text": "Müqayisə olunan illər",
      "review": "draft"
    },
    "ui.showAs": {
      "text": "Rəqəmləri göstər:",
      "review": "draft"
    },
    "ui.notReported": {
      "text": "məlumat verilməyib",
      "review": "glossary"
    },
    "ui.noFigure": {
      "text": "rəqəm yoxdur",
      "review": "draft"
    },
    "ui.tierByEdition": {
      "text": "Hesabatlar üzrə səviyyə",
      "review": "draft"
    },
    "ui.citeAs": {
      "text": "İstinad:",
      "review": "draft"
    },
    "ui.bundled": {
      "text": "Vidcetlə birlikdə gələn rəqəmlər.",
      "review": "draft"
    },
    "ui.live": {
      "text": "tip-report API-dən canlı alınan rəqəmlər.",
      "review": "draft"
    },
    "ui.cannotShow": {
      "text": "Bu müqayisəni göstərmək mümkün deyil:",
      "review": "draft"
    },
    "ui.settingsNote": {
      "text": "Vidcetin parametrləri barədə qeyd:",
      "review": "draft"
    },
    "ui.noRows": {
      "text": "Heç bir göstərici hər iki il üçün rəqəm vermir.",
      "review": "draft"
    },
    "problem.attribute": {
      "text": "{attribute} \"{value}\" icazə verilən dəyərlərdən deyil ({allowed}); {fallback} göstərilir.",
      "review": "draft"
    },
    "problem.year": {
      "text": "{attribute} \"{value}\" {id} üçün il deyil; rəqəmlər bu illər üçündür: {allowed}.",
      "review": "draft"
    },
    "problem.invalid-parameter.title": {
      "text": "Yanlış parametr",
      "review": "draft"
    },
    "problem.not-found.title": {
      "text": "Tapılmadı",
      "review": "draft"
    },
    "problem.method-not-allowed.title": {
      "text": "Metoda icazə verilmir",
      "review": "draft"
    },
    "problem.internal-error.title": {
      "text": "Daxili xəta",
      "review": "draft"
    },
    "number.percent": {
      "text": "{number} %",
      "review": "glossary"
    },
    "error.year.from": {
      "text": "Başlanğıc il {year} {id} üçün yoxdur; rəqəmlər bu illər üçündür: {years}",
      "review": "draft"
    },
    "error.year.to": {
      "text": "Son il {year} {id} üçün yoxdur; rəqəmlər bu illər üçündür: {years}",
      "review": "draft"
    },
    "error.year.year": {
      "text": "{year} ili {id} üçün yoxdur; rəqəmlər bu illər üçündür: {years}",
      "review": "draft"
    },
    "error.sameYear": {
      "text": "from və to eynidir ({year}): {years} arasından iki fərqli il seçin",
      "review": "draft"
    },
    "error.metric": {
      "text": "{id} içində {value} göstəricisi yoxdur",
      "review": "draft"
    },
    "error.topic": {
      "text": "{id} içində {value} mövzusu yoxdur",
      "review": "draft"
    },
    "ui.sources": {
      "text": "Mənbələr",
      "review": "draft"
    },
    "ui.sourcesLoading": {
      "text": "Mənbələr yüklənir…",
      "review": "draft"
    },
    "ui.sourcesFailed": {
      "text": "Mənbələri yükləmək mümkün olmadı.",
      "review": "draft"
    },
    "ui.loading": {
      "text": "Yüklənir…",
      "review": "draft"
    },
    "ui.drawFailed": {
      "text": "Müqayisəni çəkmək mümkün olmadı: {error}",
      "review": "draft"
    },
    "ui.loadFailed": {
      "text": "Bu müqayisəni yükləmək mümkün olmadı: vidcetin kodu gəlib çatmadı. Yenidən cəhd etmək üçün səhifəni yeniləyin.",
      "review": "draft"
    },
    "ui.validChoices": {
      "text": "Mümkün dəyərlər: {allowed}.",
      "review": "draft"
    },
    "ui.validIds": {
      "text": "Mümkün identifikatorlar: {allowed}.",
      "review": "draft"
    },
    "ui.problem.oneOf": {
      "text": "{attribute} \"{value}\" bunlardan biri deyil: {allowed}; {fallback} göstərilir.",
      "review": "draft"
    },
    "ui.problem.lang": {
      "text": "lang \"{value}\" BCP 47 dil teqi deyil; vidcet {fallback} dilindən istifadə edir.",
      "review": "draft"
    },
    "ui.problem.api": {
      "text": "api \"{value}\" http(s) ünvanı deyil; vidcetlə birlikdə gələn rəqəmlər göstərilir.",
      "review": "draft"
    },
    "ui.problem.year": {
      "text": "{attribute} \"{value}\" il deyil; rəqəmlər bu illər üçündür: {years}.",
      "review": "draft"
    },
    "ui.problem.report": {
      "text": "report \"{value}\" vidcetin tanıdığı hesabat deyil.",
      "review": "draft"
    },
    "ui.problem.series": {
      "text": "series \"{value}\" vidcetin tanıdığı seriya deyil.",
      "review": "draft"
    },
    "ui.problem.unloaded": {
      "text": "{attribute} \"{value}\": məlumatları yükləmək mümkün olmadı.",
      "review": "draft"
    },
    "ui.problem.live": {
      "text": "{api} ünvanından canlı rəqəmləri yükləmək mümkün olmadı ({why}); vidcetlə birlikdə gələn rəqəmlər göstərilir.",
      "review": "draft"
    },
    "ui.problem.liveNone": {
      "text": "{api} ünvanından canlı rəqəmləri yükləmək mümkün olmadı ({why}), vidcetin öz rəqəmləri də yoxdur.",
      "review": "draft"
    },
    "ui.problem.trend": {
      "text": "view \"trend\" üçün series atributu lazımdır (series=\"{series}\"); qrafik göstərilir.",
      "review": "draft"
    },
    "ui.comparedWith": {
      "text": "{to} ilə müqayisədə {from}",
      "review": "draft"
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
      "text": "{publisher}, “İnsan alveri” ilə bağlı hesabatlar: rəqəmlər {editions} hesabatlarındandır",
      "review": "draft"
    },
    "ui.trendSubtitle": {
      "text": "{publisher}, “İnsan alveri” ilə bağlı {first}–{last} hesabatları",
      "review": "draft"
    },
    "ui.caption": {
      "text": "{country}, {section}: {years}.",
      "review": "draft"
    },
    "ui.section.protection": {
      "text": "Müdafiə",
      "review": "draft"
    },
    "ui.onlyYear": {
      "text": "yalnız {year}",
      "review": "draft"
    },
    "ui.onlyYearNote": {
      "text": "Yalnız {year} üçün məlumat verilib: müqayisə yoxdur.",
      "review": "draft"
    },
    "ui.figureInYear": {
      "text": "{year}: {now}.",
      "review": "draft"
    },
    "ui.derived": {
      "text": "(hesablanıb)",
      "review": "draft"
    },
    "ui.figures": {
      "text": "Rəqəmlər",
      "review": "draft"
    },
    "ui.figuresByYear": {
      "text": "İllər üzrə rəqəmlər",
      "review": "draft"
    },
    "ui.noPercent": {
      "text": "faiz yoxdur: 0-dan",
      "review": "draft"
    },
    "ui.sourceNote": {
      "text": "Hər rəqəmin “Mənbə” bölməsi onun götürüldüyü hesabatdakı cümləni göstərir.",
      "review": "draft"
    },
    "ui.seriesSourceNote": {
      "text": "Hər rəqəmin “Mənbə” bölməsi onu verən hesabatı göstərir: sitat gətirilən rəqəm üçün cümləni, istinad edilən rəqəm üçün isə hesabat səhifəsində onu tapmağa kömək edən sözləri.",
      "review": "draft"
    },
    "ui.dataApi": {
      "text": "Məlumat API-si (JSON)",
      "review": "draft"
    },
    "ui.nowComparing": {
      "text": "İndi {from} və {to} müqayisə olunur.",
      "review": "draft"
    },
    "ui.moreOneYear": {
      "text": "Yalnız bir il üçün rəqəmi olan göstəricilər: {count}.",
      "review": "draft"
    },
    "ui.noFigureAnyYear": {
      "text": "Heç bir il üçün rəqəm yoxdur.",
      "review": "draft"
    },
    "ui.editionsDiffer": {
      "text": "hesabatlar fərqlənir",
      "review": "draft"
    },
    "ui.trendNotReported": {
      "text": "Məlumat verilməyib: {years} ({editions} hesabatlarına görə).",
      "review": "draft"
    },
    "ui.trendDiffers": {
      "text": "Hesabatlar {years} üçün fərqli rəqəmlər verir ({fields}): Mənbələrə baxın.",
      "review": "draft"
    },
    "ui.difference.value": {
      "text": "dəyər",
      "review": "draft"
    },
    "ui.difference.usd": {
      "text": "dollar",
      "review": "draft"
    },
    "ui.difference.basis": {
      "text": "xərclənib və ya ayrılıb",
      "review": "draft"
    },
    "ui.difference.approximate": {
      "text": "təxmini",
      "review": "draft"
    },
    "ui.axis": {
      "text": "İl · səviyyə",
      "review": "draft"
    },
    "ui.legendFigure": {
      "text": "rəqəm",
      "review": "draft"
    },
    "ui.legendGap": {
      "text": "xəttin qırılması: rəqəm yoxdur",
      "review": "draft"
    },
    "ui.legendTier": {
      "text": "səviyyə: {tiers}; {waiver}: azadetmə",
      "review": "draft"
    },
    "ui.tierWaiverShort": {
      "text": "A",
      "review": "draft"
    },
    "ui.editionTier": {
      "text": "{edition} hesabatı ({year} ili): {tier}",
      "review": "draft"
    },
    "ui.asStated": {
      "text": "hesabatda yazıldığı kimi.",
      "review": "draft"
    },
    "ui.asTextStates": {
      "text": "{how}, mətndə yazıldığı kimi.",
      "review": "draft"
    },
    "ui.derivedFrom": {
      "text": "mətndə verilməyib, hesablanıb ({formula}); sitat onun əsasıdır.",
      "review": "draft"
    },
    "ui.basisSays": {
      "text": "Mətnə görə: {basis}.",
      "review": "draft"
    },
    "ui.readOnPage": {
      "text": "{edition} hesabatının səhifəsində oxuyun",
      "review": "draft"
    },
    "ui.readIt": {
      "text": "Oxuyun",
      "review": "draft"
    },
    "ui.newTab": {
      "text": "(Dövlət Departamentinin saytı, yeni tabda açılır)",
      "review": "draft"
    },
    "ui.alsoDiffering": {
      "text": "Başqa hesabatlarda da var, fərq: {fields}:",
      "review": "draft"
    },
    "ui.alsoSame": {
      "text": "Eyni rəqəm bu hesabatlarda da var:",
      "review": "draft"
    },
    "ui.differentValue": {
      "text": "(fərqli dəyər)",
      "review": "draft"
    },
    "ui.perDollar": {
      "text": "1 dollar = {rate}",
      "review": "draft"
    },
    "ui.notReportedBy": {
      "text": "{year}: məlumat verilməyib ({how}).",
      "review": "draft"
    },
    "problem.bad-request.title": {
      "text": "Yanlış sorğu",
      "review": "draft"
    },
    "problem.detail.noReport": {
      "text": "{id} adlı hesabat yoxdur.",
      "review": "draft"
    },
    "problem.detail.noSeries": {
      "text": "{id} adlı seriya yoxdur.",
      "review": "draft"
    },
    "problem.detail.noMetric": {
      "text": "{id} içində {value} göstəricisi yoxdur.",
      "review": "draft"
    },
    "problem.detail.topic": {
      "text": "{id} içində {value} mövzusu yoxdur; mövzular: {topics}",
      "review": "draft"
    },
    "problem.detail.nothingHere": {
      "text": "{path} ünvanında heç nə yoxdur. API arayışı /docs ünvanındadır.",
      "review": "draft"
    },
    "problem.detail.methodNotAllowed": {
      "text": "Burada {method} metoduna icazə verilmir; {allow} istifadə edin.",
      "review": "draft"
    },
    "problem.detail.internal": {
      "text": "Server cavab verə bilmədi. Xəbər verərkən sorğunun identifikatorunu (request id) göstərin.",
      "review": "draft"
    },
    "problem.detail.noSourceText": {
      "text": "{id} hesabatının mətnini vermirik: onun rəqəmləri, hər biri onu bildirən sözlərlə, {url} səhifəsindən istinad edilir. Mətnini verdiyimiz hesabatlar allowed siyahısındadır.",
      "review": "draft"
    },
    "problem.detail.notAbsoluteUrl": {
      "text": "url mütləq URL deyil.",
      "review": "draft"
    },
    "problem.detail.notEmbedUrl": {
      "text": "url bu serverin ({host}) /embed səhifəsi olmalıdır.",
      "review": "draft"
    },
    "problem.detail.noProblemType": {
      "text": "{slug} adlı problem növü yoxdur.",
      "review": "draft"
    },
    "api.issue.oneOf": {
      "text": "bunlardan biri olmalıdır: {allowed}",
      "review": "draft"
    },
    "api.issue.year": {
      "text": "il dörd rəqəmdən ibarətdir",
      "review": "draft"
    },
    "api.issue.required": {
      "text": "mütləqdir",
      "review": "draft"
    },
    "api.issue.invalid": {
      "text": "yanlış dəyər",
      "review": "draft"
    },
    "ui.country.AZ": {
      "text": "Azərbaycan",
      "review": "glossary"
    },
    "list.and": {
      "text": "və",
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
      "text": "2 MS",
      "review": "draft"
    },
    "tierShort.Tier 3": {
      "text": "3",
      "review": "glossary"
    },
    "oneYear.unseen": {
      "text": "Yalnız {year} üçün göstərici var; {missingYear} üçün göstərici mətnin oxuduğumuz hissəsində yoxdur.",
      "review": "draft"
    },
    "basis.provided.verb": {
      "text": "verib",
      "review": "draft"
    },
    "basis.provided.adjective": {
      "text": "verilmiş",
      "review": "draft"
    },
    "cell.unseen": {
      "text": "mətnin oxuduğumuz hissəsində yoxdur",
      "review": "draft"
    },
    "cell.notReported": {
      "text": "məlumat verilməyib",
      "review": "draft"
    },
    "cell.silent": {
      "text": "mətndə göstərici yoxdur",
      "review": "draft"
    },
    "countries.currencies": {
      "text": "Müqayisə edilmir: göstəricilər müxtəlif valyutalardadır ({units}).",
      "review": "draft"
    },
    "countries.units": {
      "text": "Müqayisə edilmir: göstəricilər müxtəlif vahidlərlə hesablanır ({units}).",
      "review": "draft"
    },
    "countries.definitions": {
      "text": "Hər hökumət öz təriflərinə görə hesablayır.",
      "review": "draft"
    },
    "note.coverage.none": {
      "text": "Bu hesabatların «Müdafiə» bölməsini oxumaq mümkün olmayıb: {editions}.",
      "review": "draft"
    },
    "note.coverage.opening": {
      "text": "Bu hesabatlarda «Müdafiə» bölməsinin yalnız əvvəli oxunub: {editions}.",
      "review": "draft"
    },
    "note.unseenYears": {
      "text": "{years}: mətnin oxuduğumuz hissəsində yoxdur.",
      "review": "draft"
    },
    "note.notReportedYears": {
      "text": "{years}: məlumat verilməyib.",
      "review": "draft"
    },
    "note.silentYears": {
      "text": "{years}: heç bir hesabat göstərici vermir.",
      "review": "draft"
    },
    "note.inconsistent": {
      "text": "{edition} hesabatında {year} üçün göstərilən hissələrin cəmi {total} deyil, {sum} edir; hər biri çap olunduğu kimi saxlanılıb.",
      "review": "draft"
    },
    "note.partialPeriod": {
      "text": "{edition} hesabatı {start} – {end} dövrü üçün də {value} göstərir: bu, ilin bir hissəsidir, məlumat ili deyil.",
      "review": "draft"
    },
    "error.series": {
      "text": "naməlum seriya {value}; seriyalar: {allowed}",
      "review": "draft"
    },
    "error.yearOrder": {
      "text": "from ({from}) to ({to}) ilindən sonradır: daha gec to ili seçin",
      "review": "draft"
    },
    "problem.detail.noMetricAnywhere": {
      "text": "Heç bir seriyada {value} göstəricisi yoxdur.",
      "review": "draft"
    },
    "note.unseenEdition": {
      "text": "{edition} hesabatı da {year} üçün məlumat verir, lakin bu, mətnin oxuduğumuz hissəsində yoxdur.",
      "review": "draft"
    },
    "note.unseenEditions": {
      "text": "{editions} hesabatları da {year} üçün məlumat verir, lakin bu, mətnin oxuduğumuz hissəsində yoxdur.",
      "review": "draft"
    },
    "ui.difference.rounding": {
      "text": "yuvarlaqlaşdırma",
      "review": "draft"
    }
  }
};
