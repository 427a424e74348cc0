7.3万亩|73000|亩|exact|amount|营造林面积
4.8万亩|48000|亩|exact|amount|新造油茶面积
