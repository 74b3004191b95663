<?xml version="1.0" encoding="utf-8" ?>
<ogr:FeatureCollection
     xmlns:ogr="http://ogr.maptools.org/"
     xmlns:gml="http://www.opengis.net/gml">
  <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>39.38209 69.2263</gml:lowerCorner><gml:upperCorner>43.21692 77.22229</gml:upperCorner></gml:Envelope></gml:boundedBy>
                                                                                                                                                   
  <ogr:featureMember>
    <ogr:regions gml:id="regions.0">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>39.38209 69.2263</gml:lowerCorner><gml:upperCorner>40.26659 72.52801</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:GEOMETRY><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing><gml:posList>40.26207 72.01324 40.26659 70.99513 39.90092 70.47723 40.2116 69.96956 39.75101 69.2263 39.38209 70.77013 39.73933 72.52801 40.26207 72.01324</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>39.9897 71.78552 39.9031 71.7573 39.9402 71.66553 39.95508 71.68175 39.9897 71.78552</gml:posList></gml:LinearRing></gml:interior><gml:interior><gml:LinearRing><gml:posList>40.15776 71.00856 40.04676 71.244 39.88878 71.20845 39.88573 71.00929 40.15776 71.00856</gml:posList></gml:LinearRing></gml:interior><gml:interior><gml:LinearRing><gml:posList>39.88222 70.48374 39.85845 70.69892 39.82207 70.70481 39.76657 70.58161 39.88222 70.48374</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></ogr:GEOMETRY>
      <ogr:iso>KG-B</ogr:iso>
      <ogr:name_en>Batken Region</ogr:name_en>
      <ogr:name_ru>Баткенская область</ogr:name_ru>
      <ogr:name_ky>Баткен облусу</ogr:name_ky>
      <ogr:type>region</ogr:type>
    </ogr:regions>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:regions gml:id="regions.1">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>41.86437 73.06973</gml:lowerCorner><gml:upperCorner>43.21692 77.22229</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:GEOMETRY><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing><gml:posList>42.93677 7NAS-Operationen5.80706 43.21692 73.96533 42.89495 73.49301 42.34279 73.63455 42.18812 73.06973 41.86437 74.13871 42.42361 74.81929 42.8849 77.22229 42.93677 75.80706</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>42.8055 74.62984 42.77873 74.58189 42.87495 74.5037 42.93779 74.61775 42.8055 74.62984</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></ogr:GEOMETRY>
      <ogr:iso>KG-C</ogr:iso>
      <ogr:name_en>Chüy Region</ogr:name_en>
      <ogr:name_ru>Чуйская область</ogr:name_ru>
      <ogr:name_ky>Чүй облусу</ogr:name_ky>
      <ogr:type>region</ogr:type>
    </ogr:regions>
  </ogr:featureMember>
  <ogr:featureMember>
    <ogr:regions gml:id="regions.2">
      <gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::4326"><gml:lowerCorner>42.77873 74.5037</gml:lowerCorner><gml:upperCorner>42.93779 74.62984</gml:upperCorner></gml:Envelope></gml:boundedBy>
      <ogr:GEOMETRY><gml:Polygon srsName="urn:ogc:def:crs:EPSG::4326"><gml:exterior><gml:LinearRing><gml:posList>42.8055 74.62984 42.93779 74.61775 42.87495 74.5037 42.77873 74.58189 42.8055 74.62984</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></ogr:GEOMETRY>
      <ogr:iso>KG-GB</ogr:iso>
      <ogr:name_en>Bishkek city</ogr:name_en>
      <ogr:name_ru>город Бишкек</ogr:name_ru>
      <ogr:name_ky>Бишкек шаары</ogr:name_ky>
      <ogr:type>city</ogr:type>
    </ogr:regions>
  </ogr:featureMember>
</ogr:FeatureCollection>
