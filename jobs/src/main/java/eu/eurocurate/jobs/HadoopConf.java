package eu.eurocurate.jobs;

import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A Hadoop {@link Configuration} that can travel to executors inside a closure, so that tasks open their input files
 * through the same FileSystem settings (s3a credentials, HDFS name node) as the driver. Spark's own
 * SerializableConfiguration is internal API, hence this ten-line equivalent using Configuration's Writable form.
 */
public final class HadoopConf implements Serializable {

    private transient Configuration conf;

    public HadoopConf(Configuration conf) {
        this.conf = conf;
    }

    public Configuration get() {
        return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
