6镇|6|镇|exact|amount|现辖
6乡|6|乡|exact|amount|现辖
37万|370000||exact|amount|人口
27.5万|275000||exact|amount|农业人口
1140.76平方公里|1140.76|平方公里|exact|amount|土地面积
6镇|6|镇|exact|amount|现辖
6乡|6|乡|exact|amount|现辖
37万|370000||exact|amount|人口
27.5万|275000||exact|amount|农业人口
1140.76平方公里|1140.76|平方公里|exact|amount|土地面积
19.33亿元|1933000000|元|exact|amount|生产总值
3.73亿元|373000000|元|exact|amount|超“十五”计划目标
年均增长14.91 %|14.91|%|exact|change|生产总值
高8.5个百分点|8.5|百分点|exact|change|比“九五”年均增幅
1.76亿元|176000000|元|exact|amount|财政总收入
