// RectificationRepository: being written
