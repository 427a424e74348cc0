13萬(wàn)元|130000|元|exact|amount|投資
60畝|60|亩|exact|amount|流轉土地
30戶|30|户|exact|amount|農戶
20萬(wàn)元|200000|元|exact|amount|村集體增收
60畝|60|亩|exact|amount|梨樹
