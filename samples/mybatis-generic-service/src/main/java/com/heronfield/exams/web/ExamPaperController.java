package com.heronfield.exams.web;

import com.heronfield.exams.domain.ExamPaper;
import com.heronfield.exams.service.ExamPaperService;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/admin/exam/paper")
public class ExamPaperController {

  private final ExamPaperService examPaperService;

  public ExamPaperController(ExamPaperService examPaperService) {
    this.examPaperService = examPaperService;
  }

  /** Only the fields the form sent are written (the selective statement), still without a version. */
  @PostMapping("/edit")
  public int edit(@RequestBody ExamPaper paper) {
    return examPaperService.updateByIdFilter(paper);
  }

  @GetMapping("/{id}")
  public ExamPaper show(@PathVariable Integer id) {
    return examPaperService.selectById(id);
  }
}
