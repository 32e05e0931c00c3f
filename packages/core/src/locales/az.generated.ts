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
    }
  }
};
