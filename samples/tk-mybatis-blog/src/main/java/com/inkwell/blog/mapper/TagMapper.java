package com.inkwell.blog.mapper;

import com.inkwell.blog.entity.BlogTag;

public interface TagMapper extends BaseMapper<BlogTag> {
}
