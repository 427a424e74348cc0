18戶|18|户|exact|amount|“三類人員”
84人|84|人|exact|amount|“三類人員”
105人|105|人|exact|amount|“產(chǎn)業(yè)振興信貸通”貸款
512萬元|5120000|元|exact|amount|貸款金額
288人|288|人|exact|amount|公益性崗位
500元|500|元|exact|amount|人均月補貼
615名|615|名|exact|amount|脫貧戶
21.59萬元|215900|元|exact|amount|補貼金額
