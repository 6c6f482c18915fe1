package com.heronfield.exams.repository;

import com.heronfield.exams.domain.Message;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface MessageMapper extends BaseMapper<Message> {
}
