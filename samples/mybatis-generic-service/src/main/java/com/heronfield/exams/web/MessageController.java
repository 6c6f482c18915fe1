package com.heronfield.exams.web;

import com.heronfield.exams.domain.Message;
import com.heronfield.exams.service.MessageService;
import org.springframework.web.bind.annotation.*;

/** Messages are only read here: their update and delete statements never run. */
@RestController
@RequestMapping("/api/message")
public class MessageController {

  private final MessageService messageService;

  public MessageController(MessageService messageService) {
    this.messageService = messageService;
  }

  @GetMapping("/{id}")
  public Message show(@PathVariable Integer id) {
    return messageService.selectById(id);
  }
}
