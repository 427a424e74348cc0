7600萬元|76000000|元|exact|amount|經費
1800公尺|1800|米|exact|amount|排水路及道路工程
