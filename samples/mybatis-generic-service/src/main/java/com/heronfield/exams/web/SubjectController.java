package com.heronfield.exams.web;

import com.heronfield.exams.domain.Subject;
import com.heronfield.exams.service.SubjectService;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/admin/subject")
public class SubjectController {

  private final SubjectService subjectService;

  public SubjectController(SubjectService subjectService) {
    this.subjectService = subjectService;
  }

  /** The subject form saves every field it shows: two admins editing one subject, the later save wins. */
  @PostMapping("/edit")
  public int edit(@RequestBody Subject subject) {
    return subjectService.updateById(subject);
  }
}
