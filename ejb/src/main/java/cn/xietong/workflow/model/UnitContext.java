package cn.xietong.workflow.model;

/**
 * What template validation needs to know about the unit a template is imported into: its
 * departments by name and its people by login name.
 */
public interface UnitContext {

    enum PersonStatus { ACTIVE, INACTIVE, OTHER_UNIT, UNKNOWN }

    boolean hasDepartment(String name);

    PersonStatus person(String login);

    /** Accepts every department and person (structural checks only). */
    UnitContext ANY = new UnitContext() {
        @Override
        public boolean hasDepartment(String name) {
            return true;
        }

        @Override
        public PersonStatus person(String login) {
            return PersonStatus.ACTIVE;
        }
    };
}
