// RectificationPage: being written
