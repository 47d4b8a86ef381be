// SitrepExtract
