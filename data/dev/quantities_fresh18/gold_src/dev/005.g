27155畝|27155|亩|exact|amount|退耕還林
22333畝|22333|亩|exact|amount|吃糧的
18600畝|18600|亩|exact|amount|種草
4戶|4|户|exact|amount|曹河村未兌現
31個|31|个|exact|amount|村
240萬元|2400000|元|exact|amount|兌現金額
