package com.heronfield.exams.service;

import com.heronfield.exams.domain.Message;

public interface MessageService extends BaseService<Message> {
}
