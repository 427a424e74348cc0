659户|659|户|exact|amount|受益居民
5条|5|条|exact|amount|农村公路提质改造
37.7公里|37.7|公里|exact|amount|农村公路提质改造
