// SitrepWeb
