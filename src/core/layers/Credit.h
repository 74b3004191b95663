#pragma once
// Whose boundaries the map shows, as the file says: the credit the map draws under it.
//
// In this order: the dataset's (or the layer's) metadata item KGATLAS_CREDIT, ATTRIBUTION,
// CREDIT or COPYRIGHT; else the first line of a text file beside it with the same name and the
// extension .credit ("districts.credit" beside "districts.gpkg"), in the user's own words; else
// "Boundaries: " and the file's name. A credit that does not say what it credits is prefixed with
// "Boundaries: ".
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <string>

namespace kg {

std::string boundaryCredit(GDALDataset& dataset, OGRLayer& regions, const std::string& source);

}  // namespace kg
