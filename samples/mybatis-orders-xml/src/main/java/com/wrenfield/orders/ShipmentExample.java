package com.wrenfield.orders;

import java.util.ArrayList;
import java.util.List;

public class ShipmentExample {
    protected String orderByClause;

    protected List<Criteria> oredCriteria;

    public ShipmentExample() {
        oredCriteria = new ArrayList<>();
    }

    public List<Criteria> getOredCriteria() {
        return oredCriteria;
    }

    public Criteria createCriteria() {
        Criteria criteria = new Criteria();
        oredCriteria.add(criteria);
        return criteria;
    }

    protected abstract static class GeneratedCriteria {
        protected List<Criterion> criteria;

        protected GeneratedCriteria() {
            criteria = new ArrayList<>();
        }

        public List<Criterion> getCriteria() {
            return criteria;
        }

        protected void addCriterion(String condition, Object value, String property) {
            if (value == null) {
                throw new RuntimeException("Value for " + property + " cannot be null");
            }
            criteria.add(new Criterion(condition, value));
        }

        public Criteria andCarrierEqualTo(String value) {
            addCriterion("carrier =", value, "carrier");
            return (Criteria) this;
        }

        public Criteria andStatusEqualTo(String value) {
            addCriterion("status =", value, "status");
            return (Criteria) this;
        }
    }

    public static class Criteria extends GeneratedCriteria {
        protected Criteria() {
            super();
        }
    }

    public static class Criterion {
        private final String condition;

        private final Object value;

        protected Criterion(String condition, Object value) {
            this.condition = condition;
            this.value = value;
        }

        public String getCondition() {
            return condition;
        }

        public Object getValue() {
            return value;
        }
    }
}
