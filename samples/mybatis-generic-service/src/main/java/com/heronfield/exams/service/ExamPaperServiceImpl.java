package com.heronfield.exams.service;

import com.heronfield.exams.domain.ExamPaper;
import com.heronfield.exams.repository.ExamPaperMapper;
import org.springframework.stereotype.Service;

@Service
public class ExamPaperServiceImpl extends BaseServiceImpl<ExamPaper> implements ExamPaperService {

  public ExamPaperServiceImpl(ExamPaperMapper examPaperMapper) {
    super(examPaperMapper);
  }
}
