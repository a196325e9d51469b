// RectificationDialog: being written
