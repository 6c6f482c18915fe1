package com.inkwell.blog.mapper;

import com.inkwell.blog.entity.Article;

public interface ArticleMapper extends BaseMapper<Article> {
}
