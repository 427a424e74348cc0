250亩|250|亩|exact|amount|新植金桔新种面积
