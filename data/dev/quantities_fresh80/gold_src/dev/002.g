28930件|28930|件|exact|amount|提出提案
26699件|26699|件|exact|amount|立案
25114件|25114|件|exact|amount|委員提案
1347件|1347|件|exact|amount|民主黨派中央和全國工商聯提案
26件|26|件|exact|amount|人民團體提案
190件|190|件|exact|amount|界別、小組提案
22件|22|件|exact|amount|政協專門委員會提案
26583件|26583|件|exact|amount|提案已辦復
