package com.heronfield.exams.service;

import com.heronfield.exams.domain.Message;
import com.heronfield.exams.repository.MessageMapper;
import org.springframework.stereotype.Service;

@Service
public class MessageServiceImpl extends BaseServiceImpl<Message> implements MessageService {

  public MessageServiceImpl(MessageMapper messageMapper) {
    super(messageMapper);
  }
}
